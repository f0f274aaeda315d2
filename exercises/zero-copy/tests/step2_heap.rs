//! Step 2: iterating over an input allocates nothing, however many lines it
//! has. A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use zero_copy::{records, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn every_line_of_an_input_without_an_allocation() {
    const LINES: usize = 20_000;
    let text = workload::text(workload::SEED, LINES);
    let heap = measure::HeapTest::start();

    let mut bytes = 0_u64;
    for record in records(&text) {
        bytes += record.expect("the workload's lines are valid").bytes;
    }
    let usage = heap.usage();

    assert!(bytes > 0);
    dhat::assert_eq!(
        usage.allocations,
        0,
        "{LINES} lines made {} allocations; the target is none, whatever the \
         input's length. Does the iterator collect the lines, or parse each \
         through something that allocates?",
        usage.allocations
    );
}
