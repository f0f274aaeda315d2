//! The counting allocator counts exactly, and `measure` scopes are per thread: two threads can
//! measure at once, and a panic inside a scope leaves the enclosing scope's figures right.

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

use std::hint::black_box;
use std::sync::Barrier;

const MIB: usize = 1024 * 1024;

#[test]
fn counts_allocations_frees_reallocs_and_scope_peaks_exactly() {
    assert!(measure::is_installed());
    assert_eq!(measure::CountingAllocator::check_installed(), Ok(()));

    // One allocation of exactly 1000 bytes, freed inside the scope.
    let ((), usage) = measure::measure(|| drop(black_box(Vec::<u8>::with_capacity(1000))));
    assert_eq!(usage.allocations, 1);
    assert_eq!(usage.bytes_allocated, 1000);
    assert_eq!(usage.bytes_freed, 1000);
    assert_eq!(usage.peak_above_start, 1000);
    assert_eq!(usage.live_change, 0);

    // A grow-realloc is one allocation of the new size and one free of the old size; the two
    // blocks are never counted live at once.
    let (kept, usage) = measure::measure(|| {
        let mut v = black_box(Vec::<u8>::with_capacity(100));
        v.reserve_exact(300);
        black_box(v)
    });
    assert_eq!(usage.allocations, 2);
    assert_eq!(usage.bytes_allocated, 100 + 300);
    assert_eq!(usage.bytes_freed, 100);
    assert_eq!(usage.peak_above_start, 300);
    assert_eq!(usage.live_change, 300);

    // Freeing a block from before the scope counts as freed, and the peak stays at the start.
    let ((), usage) = measure::measure(|| drop(kept));
    assert_eq!((usage.allocations, usage.bytes_freed), (0, 300));
    assert_eq!(usage.peak_above_start, 0);
    assert_eq!(usage.live_change, -300);

    // Nested scopes each see their own peak; the outer one sees the inner's too.
    let (inner, outer) = measure::measure(|| {
        let big = black_box(vec![1u8; 4096]);
        drop(big);
        let ((), inner) = measure::measure(|| drop(black_box(vec![2u8; 512])));
        inner
    });
    assert_eq!(inner.peak_above_start, 512);
    assert_eq!(outer.peak_above_start, 4096);
    assert_eq!(outer.allocations, 2);

    // An inner scope's peak, higher than anything after it, still counts for the outer one.
    let ((), outer) = measure::measure(|| {
        measure::measure(|| drop(black_box(vec![3u8; 8192])));
        drop(black_box(vec![4u8; 16]));
    });
    assert_eq!(outer.peak_above_start, 8192);
}

#[test]
fn a_realloc_that_shrinks_counts_one_allocation_and_one_free() {
    let mut v = black_box(Vec::<u8>::with_capacity(1000));
    let ((), usage) = measure::measure(|| v.shrink_to(100));
    assert_eq!(v.capacity(), 100);
    assert_eq!((usage.allocations, usage.bytes_allocated), (1, 100));
    assert_eq!(usage.bytes_freed, 1000);
    assert_eq!(usage.live_change, -900);
    assert_eq!(usage.peak_above_start, 0, "shrinking never raises the peak");
    drop(v);
}

#[test]
fn two_threads_measuring_at_once_each_get_their_own_peak() {
    // Both scopes are open at once; B allocates and frees 8 MiB while A's scope is running,
    // then A allocates 1 KiB. With one process-wide scope peak, A would report B's 8 MiB.
    let (both_open, b_done) = (Barrier::new(2), Barrier::new(2));
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| {
            let ((), usage) = measure::measure(|| {
                both_open.wait();
                b_done.wait();
                drop(black_box(vec![2u8; 1024]));
            });
            usage
        });
        let b = s.spawn(|| {
            let ((), usage) = measure::measure(|| {
                both_open.wait();
                drop(black_box(vec![1u8; 8 * MIB]));
                b_done.wait();
            });
            usage
        });
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_eq!(a.peak_above_start, 1024, "A's scope saw B's memory: {a:?}");
    assert_eq!((a.allocations, a.bytes_allocated), (1, 1024));
    assert_eq!(b.peak_above_start, 8 * MIB, "B's scope: {b:?}");
    assert_eq!((b.allocations, b.live_change), (1, 0));
}

#[test]
fn a_panic_inside_a_scope_leaves_the_enclosing_scope_right() {
    let ((), outer) = measure::measure(|| {
        let caught = std::panic::catch_unwind(|| {
            measure::measure(|| {
                let big = black_box(vec![5u8; 64 * 1024]);
                drop(big);
                // Unwinds as a panic does, without the panic hook (whose backtrace would
                // allocate on this thread too).
                std::panic::resume_unwind(Box::new("the work failed"))
            })
        });
        assert!(caught.is_err());
        drop(black_box(vec![6u8; 100]));
    });
    assert_eq!(
        outer.peak_above_start,
        64 * 1024,
        "the inner scope's peak is part of the outer scope's"
    );
    // And a scope after the panic starts afresh.
    let ((), after) = measure::measure(|| drop(black_box(vec![7u8; 10])));
    assert_eq!(after.peak_above_start, 10);
}

#[test]
fn a_footprint_counts_what_this_thread_keeps_since_its_start() {
    let footprint = measure::Footprint::start();
    let kept = black_box(vec![1u8; MIB]);
    let freed = black_box(vec![2u8; 3 * MIB]);
    drop(freed);
    let reading = footprint.now();
    assert_eq!(reading.live, MIB as i64, "only the kept MiB is live here");
    assert_eq!(reading.rss.is_some(), measure::rss().is_some());
    drop(kept);
    assert_eq!(footprint.now().live, 0);
}
