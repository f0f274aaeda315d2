//! Step 2, the goal: after loading 400,000 orders and keeping the open ones,
//! the process holds at most 1.5 times the memory it uses (RSS growth over live
//! heap). The starting point holds over 3 times (step 1's test measures it).
//!
//! RSS is the whole process's, so this is the only test in its file (its own
//! process), and the counting allocator (not dhat) measures the live heap. The
//! RSS assertion runs on Linux with glibc; elsewhere it is skipped, with the
//! reason printed, and the live-heap one runs.

mod common;

use common::{RSS_ORDERS, open_orders, rss_per_live};
use fragmentation::load_open_orders;
use fragmentation::workload::{Order, SEED, orders};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

#[test]
fn the_open_orders_hold_at_most_one_and_a_half_times_their_live_heap() {
    let footprint = measure::Footprint::start();
    let kept = load_open_orders(orders(SEED, RSS_ORDERS));
    let reading = footprint.now();
    let open = kept.len();
    let needed = open * size_of::<Order>();
    assert!(
        reading.live as usize <= 2 * needed,
        "{open} open orders of {} B need {needed} B, and {} B are live: is something \
         besides the orders kept (boxes, pointers to them)?",
        size_of::<Order>(),
        reading.live
    );
    assert_eq!(open, open_orders(SEED, RSS_ORDERS).len(), "the same orders");
    let Some(ratio) = rss_per_live(&reading) else {
        return;
    };
    assert!(
        ratio <= 1.5,
        "the process holds {ratio:.2} times its live heap ({} B live, {:?} B RSS growth); \
         the target is 1.5. Are the open orders still in boxes of their own, left where \
         they were allocated, between the closed orders' freed boxes?",
        reading.live,
        reading.rss,
    );
    drop(kept);
}
