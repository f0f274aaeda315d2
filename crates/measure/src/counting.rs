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
//! Two views of the same counting:
//!
//! - [`counters`]: process-wide totals, every thread's allocations (for a whole run);
//! - [`measure`]: what *the calling thread* allocated and freed while a closure ran, from
//!   thread-local counters, so two threads measuring at once each get their own figures.
//!
//! A `realloc` counts as one allocation of the new size and one free of the old size, the same
//! rule dhat uses, so the demos and the dhat heap tests agree.

use crate::profile::tool;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
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

/// One thread's share of the counting, for [`measure`].
#[derive(Debug, Clone, Copy)]
struct ThreadCounts {
    allocations: u64,
    bytes_allocated: u64,
    bytes_freed: u64,
    /// Bytes this thread allocated minus bytes it freed (negative when it frees blocks that
    /// another thread, or an earlier scope, allocated).
    net: i64,
    /// The highest `net` since the innermost running [`measure`] on this thread started.
    scope_peak: i64,
}

thread_local! {
    // A `const` initializer and a type without `Drop`: reading it never allocates and never
    // registers a destructor, so the allocator itself can use it.
    static THREAD: Cell<ThreadCounts> = const {
        Cell::new(ThreadCounts {
            allocations: 0,
            bytes_allocated: 0,
            bytes_freed: 0,
            net: 0,
            scope_peak: 0,
        })
    };
}

/// Updates this thread's counts (nothing, on a thread whose locals are already gone).
fn update_thread(change: impl FnOnce(&mut ThreadCounts)) {
    let _ = THREAD.try_with(|cell| {
        let mut counts = cell.get();
        change(&mut counts);
        counts.scope_peak = counts.scope_peak.max(counts.net);
        cell.set(counts);
    });
}

/// This thread's live bytes: what it allocated minus what it freed, since it started.
pub(crate) fn thread_live() -> i64 {
    thread_counts().net
}

fn thread_counts() -> ThreadCounts {
    THREAD.with(Cell::get)
}

fn record_alloc(size: usize) {
    ALLOCATIONS.fetch_add(1, Relaxed);
    BYTES_ALLOCATED.fetch_add(size as u64, Relaxed);
    let live = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(live, Relaxed);
    update_thread(|t| {
        t.allocations += 1;
        t.bytes_allocated += size as u64;
        t.net += size as i64;
    });
}

fn record_free(size: usize) {
    FREES.fetch_add(1, Relaxed);
    BYTES_FREED.fetch_add(size as u64, Relaxed);
    LIVE.fetch_sub(size, Relaxed);
    update_thread(|t| {
        t.bytes_freed += size as u64;
        t.net -= size as i64;
    });
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
    } else {
        LIVE.fetch_sub(old - new, Relaxed);
    }
    update_thread(|t| {
        t.allocations += 1;
        t.bytes_allocated += new as u64;
        t.bytes_freed += old as u64;
        t.net += new as i64 - old as i64;
    });
}

// SAFETY: every method forwards to the inner allocator (`System`, or with the `dhat-profile`
// feature `dhat::Alloc`, which itself forwards to `System`) with the caller's arguments
// unchanged and returns its result unchanged. While a profiler does its own bookkeeping on this
// thread (`tool::is_busy`), calls go to `System` directly: dhat does the same with them, so a
// block is always freed by the allocator family that made it. The counting only touches atomics
// and a `const` thread-local, and never allocates, so it cannot re-enter the allocator.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if tool::is_busy() {
            // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, `System`'s too.
            return unsafe { System.alloc(layout) };
        }
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract (non-zero size), which is
        // exactly the inner allocator's.
        let ptr = tool::while_busy(|| unsafe { tool::INNER.alloc(layout) });
        if !ptr.is_null() {
            record_alloc(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if tool::is_busy() {
            // SAFETY: same contract as `alloc`, forwarded unchanged.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: same contract as `alloc`, forwarded unchanged.
        let ptr = tool::while_busy(|| unsafe { tool::INNER.alloc_zeroed(layout) });
        if !ptr.is_null() {
            record_alloc(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if tool::is_busy() {
            // SAFETY: the caller guarantees `ptr` came from this allocator with this `layout`;
            // made while the profiler was busy, it came from `System`.
            return unsafe { System.dealloc(ptr, layout) };
        }
        // SAFETY: the caller guarantees `ptr` came from this allocator (so from the inner
        // allocator) with this `layout`.
        tool::while_busy(|| unsafe { tool::INNER.dealloc(ptr, layout) });
        record_free(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if tool::is_busy() {
            // SAFETY: as in `dealloc`, and `new_size` is valid for `layout` (the caller's).
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        // SAFETY: the caller guarantees `ptr` came from this allocator (so from the inner
        // allocator) with this `layout`, and that `new_size` is valid for it.
        let new_ptr = tool::while_busy(|| unsafe { tool::INNER.realloc(ptr, layout, new_size) });
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

/// What a closure did to the heap, measured by [`measure`]: the calling thread's allocations
/// and frees while it ran.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// Allocations made while it ran.
    pub allocations: u64,
    /// Bytes allocated while it ran.
    pub bytes_allocated: u64,
    /// Bytes freed while it ran (including blocks allocated before it started).
    pub bytes_freed: u64,
    /// How far the thread's live bytes rose above where they were when it started, at the
    /// highest point.
    pub peak_above_start: usize,
    /// Live bytes at the end minus live bytes at the start (what it kept, if positive).
    pub live_change: i64,
    /// Wall-clock time it took.
    pub elapsed: Duration,
}

/// Runs `f` and reports what it allocated, how high the live heap rose above its starting
/// point, and how long it took. Nested calls each get their own figures, and the enclosing
/// call's figures include the nested one's.
///
/// It counts the **calling thread's** allocations and frees only: allocations by other
/// threads (including threads that `f` starts) are not in the figures, so two threads can
/// measure at the same time, each exactly. For work spread over threads, read [`counters`]
/// before and after. If `f` panics, the enclosing scope's figures stay right.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, Usage) {
    let scope = Scope::start();
    let started = Instant::now();
    let result = f();
    let elapsed = started.elapsed();
    (result, scope.finish(elapsed))
}

/// A running [`measure`] on this thread. Dropping it (at the end, or when the closure panics)
/// gives the thread's scope peak back to the enclosing scope.
struct Scope {
    start: ThreadCounts,
}

impl Scope {
    /// Restarts this thread's scope peak from its current live bytes, remembering the
    /// enclosing scope's peak in `start`.
    fn start() -> Self {
        let start = thread_counts();
        THREAD.with(|cell| {
            let mut counts = cell.get();
            counts.scope_peak = counts.net;
            cell.set(counts);
        });
        Self { start }
    }

    fn finish(self, elapsed: Duration) -> Usage {
        let end = thread_counts();
        Usage {
            allocations: end.allocations - self.start.allocations,
            bytes_allocated: end.bytes_allocated - self.start.bytes_allocated,
            bytes_freed: end.bytes_freed - self.start.bytes_freed,
            peak_above_start: (end.scope_peak - self.start.net).max(0) as usize,
            live_change: end.net - self.start.net,
            elapsed,
        }
    } // `self` drops here: the enclosing scope gets its peak back
}

impl Drop for Scope {
    fn drop(&mut self) {
        let enclosing_peak = self.start.scope_peak;
        THREAD.with(|cell| {
            let mut counts = cell.get();
            // What this scope reached is part of the enclosing scope too.
            counts.scope_peak = counts.scope_peak.max(enclosing_peak);
            cell.set(counts);
        });
    }
}
