//! Step 2, on every platform: loading 100,000 orders makes a handful of
//! allocations, not one per order, and leaves live only what the open orders
//! need. A dhat heap test: one per file, because dhat allows one profiler per
//! process.

mod common;

use fragmentation::load_open_orders;
use fragmentation::workload::{Order, SEED, orders};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn keeping_the_open_orders_allocates_a_few_blocks_not_one_per_order() {
    const ORDERS: usize = 100_000;
    let heap = measure::HeapTest::start();
    let kept = load_open_orders(orders(SEED, ORDERS));
    let usage = heap.usage();
    let needed = kept.len() * size_of::<Order>();
    dhat::assert!(
        usage.allocations <= 64,
        "loading {ORDERS} orders made {} allocations; the target is at most 64. \
         Is each order still an allocation of its own?",
        usage.allocations
    );
    dhat::assert!(
        usage.live_bytes <= 2 * needed,
        "{} open orders need {needed} B, and {} B are live",
        kept.len(),
        usage.live_bytes
    );
    dhat::assert!(
        usage.peak_bytes <= 2 * needed + 64 * 1024,
        "the heap peaked at {} B while the open orders need {needed} B: is the whole batch \
         in memory at once?",
        usage.peak_bytes
    );
    drop(kept);
}
