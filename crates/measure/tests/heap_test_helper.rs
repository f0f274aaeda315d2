//! The dhat helper sees only what happens after it starts. One test in this file: dhat counts
//! the whole process, so a second test running beside it would be counted too. This binary's
//! allocator is dhat's, so it also shows what a demo sees without the counting allocator.

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

use std::hint::black_box;

#[test]
fn counts_from_zero_and_ignores_blocks_made_before_it_started() {
    // Without the counting allocator (dhat's is installed here), nothing claims to measure.
    assert!(!measure::is_installed());
    let error = measure::CountingAllocator::check_installed().unwrap_err();
    assert_eq!(error, measure::NotInstalled);
    assert!(error.to_string().contains("#[global_allocator]"), "{error}");

    let before = black_box(vec![0u8; 10_000]);
    let heap = measure::HeapTest::start();
    drop(before);
    let kept = black_box(vec![1u8; 256]);
    drop(black_box(vec![2u8; 1024]));
    let usage = heap.usage();
    dhat::assert_eq!(usage.allocations, 2);
    dhat::assert_eq!(usage.bytes_allocated, 256 + 1024);
    dhat::assert_eq!(usage.peak_bytes, 256 + 1024);
    dhat::assert_eq!((usage.live_bytes, usage.live_blocks), (256, 1));
    drop(kept);
    let after = heap.usage();
    dhat::assert_eq!(after.live_bytes, 0);
}
