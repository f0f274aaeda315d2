//! Step 2: one buffer reused for every batch, so fewer allocations than
//! batches. A dhat heap test: one per file, because dhat allows one profiler
//! per process.

use scoped_drops::workload::{BATCHES, NUMBERS_PER_BATCH, sample_batches};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn reuses_one_buffer_instead_of_allocating_per_batch() {
    let texts = sample_batches(43, BATCHES, NUMBERS_PER_BATCH).texts;
    let heap = measure::HeapTest::start(); // counts from zero from here: the input is not counted

    let summaries = scoped_drops::process_batches(&texts)
        .expect("the sample batches are valid");
    let usage = heap.usage();
    drop(summaries);

    dhat::assert!(
        usage.allocations <= BATCHES as u64,
        "process_batches made {} allocations (each growth of a Vec counts) for {BATCHES} batches; \
         the target is at most {BATCHES}, fewer than one per batch. Create the numbers buffer \
         once, before the loop, and reuse it: clear() empties a Vec but keeps its capacity. \
         Sort it in place rather than sorting a copy.",
        usage.allocations,
    );
}
