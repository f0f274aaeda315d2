//! The dhat helper sees only what happens after it starts. One heap test per file.

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

use std::hint::black_box;

#[test]
fn counts_from_zero_and_ignores_blocks_made_before_it_started() {
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
