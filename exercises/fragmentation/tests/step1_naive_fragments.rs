//! Step 1: see the problem. The starting point (`naive.rs`: a `Box` per order,
//! all loaded, then the open ones kept) leaves the survivors scattered among
//! freed blocks, and the process holds over three times the memory it uses.
//! This test measures it: it checks the given code, not yours, so that the goal
//! of step 2 is a real one on this machine.
//!
//! RSS is the whole process's, so this is the only test in its file (its own
//! process), and the counting allocator (not dhat, whose bookkeeping would sit
//! in the same heap) measures the live heap.

mod common;

use common::{RSS_ORDERS, rss_per_live};
use fragmentation::naive::load_boxed_then_keep;
use fragmentation::workload::{SEED, orders};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

#[test]
fn boxes_then_keeping_one_in_four_holds_over_three_times_the_live_heap() {
    let footprint = measure::Footprint::start();
    let kept =
        load_boxed_then_keep(orders(SEED, RSS_ORDERS), |order| order.is_open());
    let reading = footprint.now();
    let open = kept.len();
    assert!(
        (RSS_ORDERS / 5..RSS_ORDERS / 3).contains(&open),
        "about one order in four is open: {open}"
    );
    assert!(
        reading.live as usize >= open * size_of::<fragmentation::Order>(),
        "the boxes kept are live: {} B",
        reading.live
    );
    let Some(ratio) = rss_per_live(&reading) else {
        return;
    };
    assert!(
        ratio >= 3.0,
        "the starting point held {ratio:.2} times its live heap ({} B live, {:?} B RSS \
         growth); on Linux with glibc it holds over 3 times: has the allocator changed?",
        reading.live,
        reading.rss,
    );
    drop(kept);
}
