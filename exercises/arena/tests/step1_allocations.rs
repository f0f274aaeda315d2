//! Step 1: a tree of N nodes in an arena costs O(log N) allocations, a few
//! growing chunks, not one or more per node. A dhat heap test: one per file,
//! because dhat allows one profiler per process.

use arena::workload::{NODES, SEED, specs};
use arena::{Bump, build_tree};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn a_tree_of_n_nodes_costs_log_n_allocations() {
    let specs = specs(SEED, NODES);
    // bumpalo doubles each new chunk: a tree of N nodes, each a few dozen
    // bytes, fills about log2(N) chunks. Twice that is the bound: 34 for N =
    // 100,000.
    let bound = 2 * (NODES.ilog2() as u64 + 1);
    let heap = measure::HeapTest::start(); // counts from zero from here: the input is not counted

    let arena = Bump::new();
    let root = build_tree(&arena, &specs).expect("a valid tree");
    let built = heap.usage();
    let nodes = root.count();
    drop(arena);
    let after = heap.usage();

    dhat::assert_eq!(nodes, NODES, "the tree must have every node");
    dhat::assert!(
        built.allocations <= bound,
        "building {NODES} nodes made {} allocations; the target is at most {bound}, \
         a few growing chunks. Is each node built in the arena (arena.alloc, \
         arena.alloc_str, bumpalo::collections::Vec::with_capacity_in), or first as a \
         Box, a String and a Vec, then copied?",
        built.allocations,
    );
    dhat::assert_eq!(
        after.live_blocks,
        0,
        "dropping the arena frees the whole tree: nothing may be left"
    );
}
