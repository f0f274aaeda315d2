//! Asking the allocator to give free memory back to the operating system.
//!
//! glibc's `malloc` keeps freed memory for reuse. It returns the top of the heap on its own
//! once more than 128 KiB there is free, but a free page below a live block stays resident
//! until `malloc_trim(0)` hands it back. Other allocators have their own rules (and no such
//! call), so this is glibc only: Linux with the GNU C library.

/// Runs `malloc_trim(0)`: every whole free page in the heap goes back to the system. Returns
/// whether this platform has it (Linux with glibc); elsewhere it does nothing and returns
/// `false`.
pub fn release_free_memory() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `malloc_trim` takes a plain integer and only reorganises the allocator's
        // own free lists under its lock; it touches no memory the program owns.
        unsafe { libc::malloc_trim(0) };
        true
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLIBC: bool = cfg!(all(target_os = "linux", target_env = "gnu"));

    #[test]
    fn it_says_whether_the_platform_can() {
        assert_eq!(release_free_memory(), GLIBC);
    }

    /// Under valgrind `malloc` is valgrind's own, which keeps what it is given.
    fn under_valgrind() -> bool {
        std::env::var("LD_PRELOAD").is_ok_and(|preload| preload.contains("vgpreload"))
    }

    #[test]
    fn free_pages_below_a_live_block_go_back() {
        if !GLIBC || under_valgrind() {
            eprintln!("skipped: malloc_trim is glibc's, and valgrind replaces glibc's malloc");
            return;
        }
        let _alone = crate::RSS_TESTS.lock();
        const MIB: i64 = 1024 * 1024;
        // 64 MiB in 16 KiB blocks (below the mmap threshold: from the heap), then all freed
        // but the last, which pins the top: the pages below it stay resident.
        let mut blocks: Vec<Vec<u8>> = (0..4096).map(|_| vec![1u8; 16 * 1024]).collect();
        let last = blocks.pop();
        let rss = crate::Rss::baseline();
        drop(blocks);
        let freed = rss.above_baseline().expect("RSS on Linux");
        assert!(freed > -16 * MIB, "the pinned heap stayed: {freed} B");
        assert!(release_free_memory());
        let trimmed = rss.above_baseline().expect("RSS on Linux");
        assert!(trimmed < -48 * MIB, "malloc_trim released only {trimmed} B");
        drop(last);
    }
}
