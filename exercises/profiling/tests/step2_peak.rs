//! Step 2: the heap stays low however many orders there are. A dhat heap
//! test: one per file, because dhat allows one profiler per process.

mod common;

use common::{HEAP_TEST_ORDERS, measured_report};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

/// The target, in bytes: the totals of 3,200 (region, product) pairs and the
/// report fit in a quarter of it.
const TARGET: usize = 1024 * 1024;

#[test]
fn the_peak_heap_does_not_grow_with_the_orders() {
    let (_profiler, usage) = measured_report();
    dhat::assert!(
        usage.peak_bytes <= TARGET,
        "the heap rose to {} bytes for the report of {HEAP_TEST_ORDERS} \
         orders; the target is at most {TARGET}. What holds so much at once? \
         `cargo workshop profile profiling` profiles the program as shipped: \
         read \"Most bytes live at the peak\". Your code's own profile, from \
         this test, is in {} (open it in dh_view.html, sorted by bytes at \
         t-gmax).",
        usage.peak_bytes,
        measure::profile_path().display()
    );
}
