//! Step 1: the report's allocations do not grow with the number of orders.
//! A dhat heap test: one per file, because dhat allows one profiler per
//! process.

mod common;

use common::{HEAP_TEST_ORDERS, measured_report};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// The target: what the totals' table and the report need, whatever the
/// number of orders.
const TARGET: u64 = 1_000;

#[test]
fn the_report_allocates_no_more_than_its_tables_need() {
    let (_profiler, usage) = measured_report();
    dhat::assert!(
        usage.allocations <= TARGET,
        "the report of {HEAP_TEST_ORDERS} orders made {} allocations; the \
         target is at most {TARGET}. Which line makes them? `cargo workshop \
         profile profiling` profiles the program as shipped: read the first \
         place under \"Most allocations\". Your code's own profile, from this \
         test, is in {} (open it in dh_view.html, sorted by total blocks).",
        usage.allocations,
        measure::profile_path().display()
    );
}
