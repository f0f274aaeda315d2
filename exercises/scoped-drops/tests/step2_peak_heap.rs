//! Step 2, the headline claim: only one batch's buffers are alive at a time,
//! and nothing is left behind. A dhat heap test: one per file, because dhat
//! allows one profiler per process.

use measure::format::bytes;
use scoped_drops::workload::{BATCHES, NUMBERS_PER_BATCH, sample_batches};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn peak_heap_is_one_batch_not_all_of_them() {
    let texts = sample_batches(42, BATCHES, NUMBERS_PER_BATCH).texts;
    let heap = measure::HeapTest::start(); // counts from zero from here: the input is not counted

    let summaries = scoped_drops::process_batches(&texts)
        .expect("the sample batches are valid");
    let during = heap.usage();
    drop(summaries);
    let after = heap.usage();

    // One batch's numbers, twice (room for a sorted copy), plus the summaries
    // themselves.
    let one_batch = NUMBERS_PER_BATCH * size_of::<u64>();
    let limit =
        2 * one_batch + BATCHES * size_of::<scoped_drops::BatchSummary>();
    dhat::assert!(
        during.peak_bytes <= limit,
        "peak live heap was {} for {BATCHES} batches; the target is at most {} (one batch's \
         numbers are {}: room for them twice, as while a copy is sorted, and the summaries). \
         Are the buffers of batches you already summarised still alive? Let each \
         batch's buffers go out of scope (or drop them) before the next batch starts.",
        bytes(during.peak_bytes as u64),
        bytes(limit as u64),
        bytes(one_batch as u64),
    );
    dhat::assert!(
        after.live_bytes == 0,
        "{} in {} blocks were still allocated after the summaries were dropped: process_batches \
         must not keep anything (no statics, no leaks)",
        bytes(after.live_bytes as u64),
        after.live_blocks,
    );
}
