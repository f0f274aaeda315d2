//! The process-wide counters agree with each other. One test in this file: they count every
//! thread, so another test running beside it would move them between two readings.

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

use std::hint::black_box;

#[test]
fn process_wide_totals_add_up() {
    let before = measure::counters();
    let kept = black_box(vec![1u8; 5000]);
    drop(black_box(vec![2u8; 3000]));
    let after = measure::counters();
    assert_eq!(after.allocations - before.allocations, 2);
    assert_eq!(after.frees - before.frees, 1);
    assert_eq!(after.bytes_allocated - before.bytes_allocated, 8000);
    assert_eq!(after.bytes_freed - before.bytes_freed, 3000);
    assert_eq!(after.live_bytes - before.live_bytes, 5000);
    assert_eq!(
        after.bytes_allocated - after.bytes_freed,
        after.live_bytes as u64
    );
    assert!(after.peak_live_bytes >= before.live_bytes + 8000);
    drop(kept);
    assert_eq!(measure::counters().live_bytes, before.live_bytes);
}
