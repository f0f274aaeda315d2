//! The leaks of `src/leaks.rs`, seen by dhat: the bytes still live at exit,
//! when every handle is gone. A dhat heap test: one per file.

use fragmentation::workload::{Order, SEED, orders};
use fragmentation_demo::leaks::{self, Node};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn three_leaks_leave_their_bytes_live_and_nothing_else() {
    let batch: Vec<Order> = orders(SEED, 1_000).collect();
    let heap = measure::HeapTest::start();
    leaks::rc_cycle(batch[0]);
    leaks::forget(batch.clone());
    let leaked = leaks::leak(batch[1]);
    let usage = heap.usage();
    // An Rc's block: the two counts (16 B) and the node.
    let rc_node = 2 * size_of::<usize>() + size_of::<Node>();
    let expected =
        2 * rc_node + batch.len() * size_of::<Order>() + size_of::<Order>();
    println!(
        "still live at exit: {} B in {} blocks (an Rc cycle of 2 nodes, a forgotten Vec of \
         {} orders, a leaked Box)",
        usage.live_bytes,
        usage.live_blocks,
        batch.len()
    );
    dhat::assert_eq!((usage.live_bytes, usage.live_blocks), (expected, 4));
    assert_eq!(leaked.id, batch[1].id, "the leaked order is still usable");
}
