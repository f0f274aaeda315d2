//! Step 1: the report's allocations do not grow with the number of orders.
//! A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use profiling::{report, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// Orders in the test: enough that one allocation per order is plain.
const ORDERS: usize = 50_000;
/// The target: what the totals' table and the report need, whatever the
/// number of orders.
const TARGET: u64 = 1_000;

#[test]
fn the_report_allocates_no_more_than_its_tables_need() {
    let input = workload::orders(workload::SEED, ORDERS);
    let heap = measure::HeapTest::start();
    let report = report(&input).expect("the workload is valid");
    let usage = heap.usage();

    assert_eq!(report.orders, ORDERS as u64);
    dhat::assert!(
        usage.allocations <= TARGET,
        "the report of {ORDERS} orders made {} allocations; the target is \
         at most {TARGET}. Which line makes them? Run `cargo workshop profile \
         profiling` and read the first place under \"Most allocations\".",
        usage.allocations
    );
}
