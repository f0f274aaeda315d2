//! Step 1: parsing a line allocates nothing. A dhat heap test: one per file,
//! because dhat allows one profiler per process.

use zero_copy::{parse_line, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn parsing_a_line_allocates_nothing() {
    let text = workload::text(workload::SEED, 1_000);
    let lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let heap = measure::HeapTest::start();

    let mut statuses = 0_u64;
    for line in &lines {
        let record =
            parse_line(line, 0).expect("the workload's lines are valid");
        statuses += u64::from(record.status);
    }
    let usage = heap.usage();

    assert!(statuses > 0);
    dhat::assert_eq!(
        usage.allocations,
        0,
        "parsing {} lines made {} allocations; the target is none. Does a \
         field become a String, or a line a Vec of its fields? `split` and \
         `split_once` give slices without collecting them.",
        lines.len(),
        usage.allocations
    );
}
