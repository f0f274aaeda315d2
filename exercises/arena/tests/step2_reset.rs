//! Step 2: `reset` keeps the largest chunk, so filling the arena again asks the
//! system for nothing, and dropping it frees everything. A dhat heap test: one
//! per file, because dhat allows one profiler per process.

use arena::FIRST_CHUNK_SIZE;
use arena::bump::BumpArena;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// Fills `arena` with `count` values of `u64`.
fn fill(arena: &BumpArena, count: usize) {
    for i in 0..count {
        std::hint::black_box(arena.alloc(i as u64));
    }
}

#[test]
fn reset_keeps_the_largest_chunk_and_refilling_allocates_nothing() {
    let values = FIRST_CHUNK_SIZE / 8 * 7; // 3 chunks: 1, 2 and 4 × FIRST_CHUNK_SIZE
    let heap = measure::HeapTest::start();

    let (chunks, kept, capacity, before, refilled) = {
        let mut arena = BumpArena::new();
        fill(&arena, values);
        let chunks = arena.chunk_count();
        arena.reset();
        let (kept, capacity) = (arena.chunk_count(), arena.capacity());
        let before = heap.usage();
        fill(&arena, values / 7 * 4);
        (chunks, kept, capacity, before, heap.usage())
    }; // the arena is dropped here
    let dropped = heap.usage();

    dhat::assert_eq!(
        chunks,
        3,
        "7 first chunks' worth of values fill 3 chunks"
    );
    dhat::assert_eq!(
        (kept, capacity),
        (1, 4 * FIRST_CHUNK_SIZE),
        "reset keeps one chunk, the largest"
    );
    dhat::assert_eq!(
        refilled.allocations - before.allocations,
        0,
        "refilling the largest chunk's worth after reset must not allocate: start again at \
         the beginning of the kept chunk"
    );
    dhat::assert_eq!(
        (dropped.live_blocks, dropped.live_bytes),
        (0, 0),
        "dropping the arena frees every chunk (and the list of them)"
    );
    dhat::assert!(
        before.live_blocks <= 2,
        "after reset only the kept chunk and the list of chunks are live, not {} blocks",
        before.live_blocks
    );
}
