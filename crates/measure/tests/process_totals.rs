//! The process-wide counters agree with each other and follow every allocation exactly. One
//! test in this file: the counters count every thread, so another test running beside it (or
//! the harness starting its thread) would move them between two readings.

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

use std::hint::black_box;

#[test]
fn process_wide_totals_add_up_and_the_peak_follows_them() {
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

    // The process peak follows allocations and reallocs exactly.
    const MIB: usize = 1024 * 1024;
    // Far above anything this small process held before, so each is a new process peak.
    let start = measure::counters();
    let mut v = black_box(Vec::<u8>::with_capacity(64 * MIB));
    let grown = measure::counters();
    assert_eq!(grown.live_bytes, start.live_bytes + 64 * MIB);
    assert_eq!(
        grown.peak_live_bytes, grown.live_bytes,
        "a new high is the peak"
    );

    v.reserve_exact(128 * MIB); // a grow-realloc to 128 MiB
    let regrown = measure::counters();
    assert_eq!(regrown.live_bytes, start.live_bytes + 128 * MIB);
    assert_eq!(regrown.peak_live_bytes, regrown.live_bytes);
    assert_eq!(regrown.allocations - grown.allocations, 1);
    assert_eq!(regrown.frees - grown.frees, 1);

    v.shrink_to(MIB); // a shrink-realloc: live bytes fall, the peak stays
    let shrunk = measure::counters();
    assert_eq!(shrunk.live_bytes, start.live_bytes + MIB);
    assert_eq!(shrunk.peak_live_bytes, regrown.peak_live_bytes);
    assert_eq!(shrunk.bytes_freed - regrown.bytes_freed, (128 * MIB) as u64);
    assert_eq!(shrunk.bytes_allocated - regrown.bytes_allocated, MIB as u64);
    drop(v);
}
