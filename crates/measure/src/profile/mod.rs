//! A demo's run under a heap profiler (`workshop profile`): what the counting allocator
//! counted in the same run, written beside the profiler's own figures so the two can be set
//! side by side; and, with the `dhat-profile` feature, dhat itself.
//!
//! - `MEASURE_COUNTS_FILE`: where [`Session::finish`] writes the counting allocator's figures
//!   for the run, one `name value` per line (any build, any profiler).
//! - `MEASURE_DHAT_FILE`: where dhat saves its profile (`dhat-profile` feature; by default
//!   `dhat-heap.json` in the current folder, dhat's own default).
//!
//! With the feature, [`crate::CountingAllocator`] forwards to `dhat::Alloc` instead of the
//! system allocator, and dhat profiles from [`Session::start`] to [`Session::finish`]. dhat's
//! own bookkeeping allocates too (a backtrace per call, its tables, the file it writes): those
//! calls reach the counting allocator while dhat is already working on this thread, and go
//! straight to the system allocator, neither counted nor profiled. So both count the program's
//! allocations only, and any difference between them is the part of the run dhat did not see.

use crate::counting::{Counters, counters};
use std::io::Write;
use std::path::PathBuf;

/// The environment variable naming where the counting allocator's figures go.
pub const COUNTS_FILE: &str = "MEASURE_COUNTS_FILE";
/// The environment variable naming where dhat saves its profile.
pub const DHAT_FILE: &str = "MEASURE_DHAT_FILE";

/// A run being profiled: started before a demo parses its arguments, finished after it returns.
#[derive(Debug)]
pub struct Session {
    /// The counters when the profiler started (all zero but the runtime's own start-up).
    start: Counters,
    #[cfg(feature = "dhat-profile")]
    profiler: Option<dhat::Profiler>,
}

impl Session {
    /// Starts dhat's profiler (with the `dhat-profile` feature) and remembers the counters.
    pub fn start() -> Self {
        #[cfg(feature = "dhat-profile")]
        let profiler = Some(tool::while_busy(|| {
            let path = std::env::var_os(DHAT_FILE)
                .map_or_else(|| PathBuf::from("dhat-heap.json"), PathBuf::from);
            dhat::Profiler::builder().file_name(path).build()
        }));
        Self {
            start: counters(),
            #[cfg(feature = "dhat-profile")]
            profiler,
        }
    }

    /// Stops the profiler (dhat saves its profile and prints its summary to stderr) and, when
    /// `MEASURE_COUNTS_FILE` is set, writes the counting allocator's figures there. A file that
    /// cannot be written is reported on stderr; the demo's own result stands.
    pub fn finish(self) {
        let path = std::env::var_os(COUNTS_FILE).map(PathBuf::from);
        self.finish_to(path.as_deref());
    }

    /// [`Session::finish`], writing the figures to `path` if there is one.
    pub fn finish_to(self, path: Option<&std::path::Path>) {
        let end = counters();
        #[cfg(feature = "dhat-profile")]
        tool::while_busy(|| drop(self.profiler));
        let Some(path) = path else {
            return;
        };
        let written = tool::while_busy(|| {
            std::fs::File::create(path).and_then(|mut file| {
                file.write_all(RunCounts::new(self.start, end).to_text().as_bytes())
            })
        });
        if let Err(error) = written {
            eprintln!("measure: cannot write {}: {error}", path.display());
        }
    }
}

/// The counting allocator's figures for a profiled run, as [`Session::finish`] writes them
/// and `workshop profile` reads them back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunCounts {
    /// Allocations over the whole run (a `realloc` counts as one).
    pub allocations: u64,
    /// Bytes allocated over the whole run.
    pub bytes_allocated: u64,
    /// The highest the live heap rose.
    pub peak_live_bytes: u64,
    /// Live bytes at the end.
    pub live_bytes: u64,
    /// Allocations made before the profiler started (the runtime's start-up).
    pub allocations_before_profiler: u64,
    /// Bytes live when the profiler started.
    pub live_bytes_before_profiler: u64,
}

impl RunCounts {
    /// The run from `start` (the profiler's start) to `end`.
    pub fn new(start: Counters, end: Counters) -> Self {
        Self {
            allocations: end.allocations,
            bytes_allocated: end.bytes_allocated,
            peak_live_bytes: end.peak_live_bytes as u64,
            live_bytes: end.live_bytes as u64,
            allocations_before_profiler: start.allocations,
            live_bytes_before_profiler: start.live_bytes as u64,
        }
    }

    /// Each figure with its name: the file's format, written once for both directions.
    fn fields(&mut self) -> [(&'static str, &mut u64); 6] {
        [
            ("allocations", &mut self.allocations),
            ("bytes_allocated", &mut self.bytes_allocated),
            ("peak_live_bytes", &mut self.peak_live_bytes),
            ("live_bytes", &mut self.live_bytes),
            (
                "allocations_before_profiler",
                &mut self.allocations_before_profiler,
            ),
            (
                "live_bytes_before_profiler",
                &mut self.live_bytes_before_profiler,
            ),
        ]
    }

    /// One `name value` line per figure.
    pub fn to_text(mut self) -> String {
        let lines = self
            .fields()
            .map(|(name, value)| format!("{name} {value}\n"));
        lines.concat()
    }

    /// Reads [`RunCounts::to_text`]'s lines back; `None` when a figure is missing or is not
    /// a number.
    pub fn parse(text: &str) -> Option<Self> {
        let mut counts = Self::default();
        for (name, value) in counts.fields() {
            let line = text.lines().find_map(|line| {
                let (key, number) = line.split_once(' ')?;
                (key == name).then_some(number)
            })?;
            *value = line.trim().parse().ok()?;
        }
        Some(counts)
    }
}

/// The allocator the counting allocator forwards to, and whether a profiler's own bookkeeping
/// is running on this thread. The file not compiled here is left out of mutation testing
/// (`.cargo/mutants.toml`); `tests/profile_session.rs` runs both.
#[cfg(feature = "dhat-profile")]
#[path = "with_dhat.rs"]
pub(crate) mod tool;
#[cfg(not(feature = "dhat-profile"))]
#[path = "system.rs"]
pub(crate) mod tool;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_and_read_back_by_name() {
        let start = Counters {
            allocations: 2,
            live_bytes: 48,
            ..Counters::default()
        };
        let end = Counters {
            allocations: 1000,
            frees: 990,
            bytes_allocated: 65_536,
            bytes_freed: 60_000,
            live_bytes: 5_536,
            peak_live_bytes: 40_000,
        };
        let counts = RunCounts::new(start, end);
        let text = counts.to_text();
        assert_eq!(
            text,
            "allocations 1000\nbytes_allocated 65536\npeak_live_bytes 40000\n\
             live_bytes 5536\nallocations_before_profiler 2\n\
             live_bytes_before_profiler 48\n"
        );
        assert_eq!(RunCounts::parse(&text), Some(counts));
        let reordered: String = text.lines().rev().map(|l| format!("{l}\n")).collect();
        assert_eq!(RunCounts::parse(&reordered), Some(counts));
        assert_eq!(RunCounts::parse(&text.replace("1000", "x")), None);
        assert_eq!(
            RunCounts::parse(&text.replace("live_bytes 5536\n", "")),
            None
        );
        assert_eq!(RunCounts::parse(""), None);
    }
}
