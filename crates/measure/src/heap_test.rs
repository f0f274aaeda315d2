//! Helpers for dhat heap tests: the tests that prove a module's memory claim.
//!
//! dhat allows one profiler per process, so each heap test is its own integration-test file
//! with one `#[test]`, and that file installs dhat's allocator:
//!
//! ```
//! #[global_allocator]
//! static ALLOCATOR: dhat::Alloc = dhat::Alloc;
//!
//! fn main() {
//!     let input = vec![1u64; 1000];           // made before profiling: not counted
//!     let heap = measure::HeapTest::start();  // counting starts here, from zero
//!     let doubled: Vec<u64> = input.iter().map(|n| n * 2).collect();
//!     let usage = heap.usage();               // read it before asserting
//!     dhat::assert_eq!(usage.allocations, 1);
//!     dhat::assert!(usage.peak_bytes <= 8000, "peak was {} bytes", usage.peak_bytes);
//!     drop(doubled);
//! }
//! ```
//!
//! Blocks allocated before [`HeapTest::start`] are invisible to dhat (freeing them counts
//! nothing), so the figures are exactly what the code under test did.

use std::path::PathBuf;

/// A running dhat profiler in testing mode; [`dhat::assert!`] works while it lives, and on a
/// failed assertion dhat saves a profile for `dh_view.html` in the system's temporary folder
/// ([`profile_path`]), never in the crate under test: running the tests leaves an
/// attendee's exercise untouched.
#[derive(Debug)]
pub struct HeapTest {
    _profiler: dhat::Profiler,
}

/// The heap figures since [`HeapTest::start`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapUsage {
    /// Allocations made (a `realloc` counts as one).
    pub allocations: u64,
    /// Bytes allocated, summed over every allocation.
    pub bytes_allocated: u64,
    /// The highest the live heap rose (counting only blocks allocated since the start).
    pub peak_bytes: usize,
    /// Bytes allocated since the start and still live now.
    pub live_bytes: usize,
    /// Blocks allocated since the start and still live now.
    pub live_blocks: usize,
}

impl HeapTest {
    /// Starts dhat in testing mode. Panics (dhat's rule) if a profiler is already running in
    /// this process: keep one heap test per integration-test file.
    pub fn start() -> Self {
        // The test harness's main thread is still recording the test it has just started on
        // this thread (it allocates for that): dhat counts every thread, so let it finish
        // first, or an exact count ("one allocation") fails now and then on a busy machine.
        std::thread::sleep(std::time::Duration::from_millis(50));
        let path = profile_path();
        if let Some(folder) = path.parent() {
            // If it cannot be made, dhat says so when it saves; the test's verdict stands.
            let _ = std::fs::create_dir_all(folder);
        }
        Self {
            _profiler: dhat::Profiler::builder().testing().file_name(path).build(),
        }
    }

    /// The figures so far. Read them into a variable before `dhat::assert!`: dhat panics if
    /// its stats are read inside one of its own assertions.
    pub fn usage(&self) -> HeapUsage {
        let stats = dhat::HeapStats::get();
        HeapUsage {
            allocations: stats.total_blocks,
            bytes_allocated: stats.total_bytes,
            peak_bytes: stats.max_bytes,
            live_bytes: stats.curr_bytes,
            live_blocks: stats.curr_blocks,
        }
    }
}

/// Where a failed heap test's profile goes: `workshop-dhat/<test binary>.json` in the system's
/// temporary folder.
pub fn profile_path() -> PathBuf {
    let binary = std::env::current_exe()
        .ok()
        .and_then(|exe| {
            exe.file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "heap-test".into());
    std::env::temp_dir()
        .join("workshop-dhat")
        .join(format!("{binary}.json"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_failed_heap_test_saves_its_profile_in_the_temp_folder_named_after_the_test() {
        let path = super::profile_path();
        let binary = std::env::current_exe().expect("the test binary");
        let stem = binary.file_stem().expect("a file name").to_string_lossy();
        let expected = std::env::temp_dir()
            .join("workshop-dhat")
            .join(format!("{stem}.json"));
        assert_eq!(path, expected);
    }
}
