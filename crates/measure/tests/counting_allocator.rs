//! The counting allocator counts exactly. One test per file: the counters are process-wide.

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

use std::hint::black_box;

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

    // The process-wide counters agree with each other.
    let now = measure::counters();
    assert_eq!(now.bytes_allocated - now.bytes_freed, now.live_bytes as u64);
    assert!(now.peak_live_bytes >= now.live_bytes);
}
