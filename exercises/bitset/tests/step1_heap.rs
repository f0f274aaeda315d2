//! Step 1: a million flags are 125,000 bytes, one allocation, a bit each; a
//! `Vec<bool>` is a byte each. A dhat heap test: one per file, because dhat
//! allows one profiler per process.

use bitset::BitSet;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn a_million_flags_take_125_000_bytes_in_one_allocation() {
    const FLAGS: usize = 1_000_000;
    let heap = measure::HeapTest::start();

    let (created, filled) = {
        let mut set = BitSet::with_capacity(FLAGS).expect("a million bits");
        let created = heap.usage();
        for index in (0..FLAGS).step_by(7) {
            set.insert(index).expect("below the capacity");
        }
        std::hint::black_box(&set);
        (created, heap.usage())
    }; // the set is dropped here
    let dropped = heap.usage();

    dhat::assert_eq!(
        (created.allocations, created.bytes_allocated),
        (1, FLAGS as u64 / 8),
        "with_capacity({FLAGS}) must make one allocation of {} bytes, a bit per flag: \
         ⌈{FLAGS} / 64⌉ = {} words of 8 bytes. A Vec<bool> takes a byte per flag.",
        FLAGS / 8,
        FLAGS.div_ceil(64)
    );
    dhat::assert_eq!(
        filled.allocations,
        1,
        "inserting below the capacity must not allocate: the words are all there"
    );
    dhat::assert_eq!(dropped.live_bytes, 0, "dropping the set frees it");
}
