//! A counting global allocator: the system allocator plus a few atomic counters.
//!
//! Install it once per binary, then measure:
//!
//! ```
//! #[global_allocator]
//! static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;
//!
//! fn main() {
//!     let (buffer, usage) = measure::measure(|| vec![0u8; 1024]);
//!     assert_eq!((usage.allocations, usage.bytes_allocated), (1, 1024));
//!     assert_eq!(usage.live_change, 1024); // `buffer` is still alive
//!     drop(buffer);
//! }
//! ```
//!
//! The counters are process-wide: every thread's allocations count. A `realloc` counts as one
//! allocation of the new size and one free of the old size, the same rule dhat uses, so the
//! demos and the dhat heap tests agree.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counted. See the [module documentation](self).
#[derive(Debug, Default, Clone, Copy)]
pub struct CountingAllocator;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static BYTES_ALLOCATED: AtomicU64 = AtomicU64::new(0);
static BYTES_FREED: AtomicU64 = AtomicU64::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// Highest `LIVE` ever seen in this process.
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Highest `LIVE` seen since the innermost running [`measure`] started.
static SCOPE_PEAK: AtomicUsize = AtomicUsize::new(0);

fn record_alloc(size: usize) {
    ALLOCATIONS.fetch_add(1, Relaxed);
    BYTES_ALLOCATED.fetch_add(size as u64, Relaxed);
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
    SCOPE_PEAK.fetch_max(live, Relaxed);
}

fn record_free(size: usize) {
    FREES.fetch_add(1, Relaxed);
    BYTES_FREED.fetch_add(size as u64, Relaxed);
    LIVE.fetch_sub(size, Relaxed);
}

/// One allocation of `new` and one free of `old`; live bytes move by the difference only (as
/// in dhat: the two blocks are never counted live at once).
fn record_realloc(old: usize, new: usize) {
    ALLOCATIONS.fetch_add(1, Relaxed);
    FREES.fetch_add(1, Relaxed);
    BYTES_ALLOCATED.fetch_add(new as u64, Relaxed);
    BYTES_FREED.fetch_add(old as u64, Relaxed);
    if new >= old {
        let live = LIVE.fetch_add(new - old, Relaxed) + (new - old);
        PEAK.fetch_max(live, Relaxed);
        SCOPE_PEAK.fetch_max(live, Relaxed);
    } else {
        LIVE.fetch_sub(old - new, Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged and returns
// its result unchanged; the counting only touches atomics and never allocates, so it cannot
// re-enter the allocator.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract (non-zero size), which is
        // exactly `System.alloc`'s.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record_alloc(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as `alloc`, forwarded unchanged.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            record_alloc(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller guarantees `ptr` came from this allocator (so from `System`) with
        // this `layout`.
        unsafe { System.dealloc(ptr, layout) };
        record_free(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `ptr` came from this allocator (so from `System`) with
        // this `layout`, and that `new_size` is valid for it.
        let new_ptr = unsafe { System.realloc(ptr, layout, new_size) };
        if !new_ptr.is_null() {
            record_realloc(layout.size(), new_size);
        }
        new_ptr
    }
}

/// A snapshot of the process-wide counters.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counters {
    /// Allocations made (a `realloc` counts as one).
    pub allocations: u64,
    /// Blocks freed (a `realloc` counts as one).
    pub frees: u64,
    /// Bytes handed out, summed over every allocation.
    pub bytes_allocated: u64,
    /// Bytes given back, summed over every free.
    pub bytes_freed: u64,
    /// Bytes allocated and not yet freed.
    pub live_bytes: usize,
    /// The highest `live_bytes` has ever been in this process.
    pub peak_live_bytes: usize,
}

/// Reads the counters. Cheap (a few atomic loads) and allocation-free.
pub fn counters() -> Counters {
    Counters {
        allocations: ALLOCATIONS.load(Relaxed),
        frees: FREES.load(Relaxed),
        bytes_allocated: BYTES_ALLOCATED.load(Relaxed),
        bytes_freed: BYTES_FREED.load(Relaxed),
        live_bytes: LIVE.load(Relaxed),
        peak_live_bytes: PEAK.load(Relaxed),
    }
}

/// Whether [`CountingAllocator`] is this process's global allocator: it allocates one byte
/// and looks for it in the counters. A demo that prints figures checks this first, so it
/// never prints zeros as if they were measured.
pub fn is_installed() -> bool {
    let before = ALLOCATIONS.load(Relaxed);
    drop(std::hint::black_box(Box::new(std::hint::black_box(1u8))));
    ALLOCATIONS.load(Relaxed) > before
}

/// The error a demo reports when [`CountingAllocator`] is not its global allocator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotInstalled;

impl std::fmt::Display for NotInstalled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "measure::CountingAllocator is not the global allocator of this binary, so there is \
             nothing to measure; add `#[global_allocator] static ALLOCATOR: \
             measure::CountingAllocator = measure::CountingAllocator;`",
        )
    }
}

impl std::error::Error for NotInstalled {}

impl CountingAllocator {
    /// `Ok` when this allocator is installed, so figures read from it are real.
    pub fn check_installed() -> Result<(), NotInstalled> {
        if is_installed() {
            Ok(())
        } else {
            Err(NotInstalled)
        }
    }
}

/// What a closure did to the heap, measured by [`measure`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// Allocations made while it ran.
    pub allocations: u64,
    /// Bytes allocated while it ran.
    pub bytes_allocated: u64,
    /// Bytes freed while it ran (including blocks allocated before it started).
    pub bytes_freed: u64,
    /// How far live bytes rose above where they were when it started, at the highest point.
    pub peak_above_start: usize,
    /// Live bytes at the end minus live bytes at the start (what it kept, if positive).
    pub live_change: i64,
    /// Wall-clock time it took.
    pub elapsed: Duration,
}

/// Runs `f` and reports what it allocated, how high the live heap rose above its starting
/// point, and how long it took. Nested calls each get their own figures.
///
/// The counters are process-wide: allocations by other threads while `f` runs count too, so
/// measure on a quiet process for exact figures.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, Usage) {
    let start = counters();
    // Restart the scope peak from "now", remembering an enclosing scope's peak.
    let enclosing_peak = SCOPE_PEAK.swap(start.live_bytes, Relaxed);
    let started = Instant::now();
    let result = f();
    let elapsed = started.elapsed();
    let scope_peak = SCOPE_PEAK.fetch_max(enclosing_peak, Relaxed);
    let end = counters();
    let usage = Usage {
        allocations: end.allocations - start.allocations,
        bytes_allocated: end.bytes_allocated - start.bytes_allocated,
        bytes_freed: end.bytes_freed - start.bytes_freed,
        peak_above_start: scope_peak.saturating_sub(start.live_bytes),
        live_change: end.live_bytes as i64 - start.live_bytes as i64,
        elapsed,
    };
    (result, usage)
}
