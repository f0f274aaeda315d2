//! The ways to keep one order in K, each run in a process of its own (RSS is
//! per process, and a heap left fragmented by one way would be inherited by the
//! next), each measured the same way: the live heap (the counting allocator)
//! and RSS growth, from the start of the way to the moment its survivors are
//! all that is left.

use fragmentation::naive::load_boxed_then_keep;
use fragmentation::workload::{Order, orders};
use measure::{Footprint, Reading};

/// A way to keep the survivors (the demo's `--way`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// A `Box` per order, all loaded, then one in K kept: the survivors stay
    /// scattered.
    Boxes,
    /// The same, then the survivors copied into one `Vec<Order>` and the boxes
    /// freed.
    Compaction,
    /// The orders in an arena, freed as one; only the survivors boxed, on the
    /// heap.
    Arena,
    /// A pool: each order in a slot, given back at once unless kept, so the
    /// next reuses it.
    Pool,
    /// Every box freed but the last one allocated, which sits at the top of the
    /// heap.
    PinnedTop,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Boxes;

    fn help() -> String {
        "Run one way alone, in this process, and print its figures: what the demo does for \
         each way in a process of its own (and what to run under heaptrack or massif)"
            .into()
    }
}

/// What one way left: its survivors, and the footprint with them alone alive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Orders still alive.
    pub survivors: usize,
    /// Live heap and RSS growth since the way started.
    pub reading: Reading,
    /// The same after `malloc_trim(0)`, where the platform has it (and the way
    /// asks).
    pub after_trim: Option<Reading>,
}

/// Whether the order is one of the 1 in `keep` kept.
fn kept(order: &Order, keep: u64) -> bool {
    order.id.is_multiple_of(keep)
}

impl Way {
    /// Whether the way is measured again after `malloc_trim(0)`: the two whose
    /// freed memory is still resident (for the sparse survivors it cannot go
    /// back, for the pinned top it can).
    pub fn trims(self) -> bool {
        matches!(self, Way::Boxes | Way::PinnedTop)
    }
}

/// Runs `way` on the first `count` orders for `seed`, keeping one in `keep`,
/// and measures it with only its survivors left.
pub fn run(way: Way, seed: u64, count: usize, keep: u64) -> Outcome {
    let footprint = Footprint::start();
    let orders = orders(seed, count);
    // Called while the way's survivors are still alive.
    let measured = |survivors: usize| Outcome {
        survivors,
        reading: footprint.now(),
        after_trim: (way.trims() && measure::release_free_memory())
            .then(|| footprint.now()),
    };
    match way {
        Way::Boxes => {
            let survivors = boxes(orders, keep);
            measured(survivors.len())
        }
        Way::Compaction => {
            let survivors = compaction(orders, keep);
            measured(survivors.len())
        }
        Way::Arena => {
            let survivors = arena(orders, keep);
            measured(survivors.len())
        }
        Way::Pool => {
            let (_pool, survivors) = pool(orders, keep);
            measured(survivors.len())
        }
        Way::PinnedTop => {
            let last = pinned_top(orders);
            measured(usize::from(last.is_some()))
        }
    }
}

/// A `Box` per order, all loaded, one in `keep` kept (the starting point of the
/// exercise).
pub fn boxes(
    orders: impl Iterator<Item = Order>,
    keep: u64,
) -> Vec<Box<Order>> {
    load_boxed_then_keep(orders, |order| kept(order, keep))
}

/// The same, then the survivors copied side by side into one `Vec` and the
/// boxes freed.
pub fn compaction(
    orders: impl Iterator<Item = Order>,
    keep: u64,
) -> Vec<Order> {
    let boxes = load_boxed_then_keep(orders, |order| kept(order, keep));
    // ANCHOR: compaction
    let survivors: Vec<Order> = boxes.iter().map(|order| **order).collect();
    drop(boxes);
    // ANCHOR_END: compaction
    survivors
}

/// The batch in an arena, freed as one; the survivors boxed on the heap, where
/// no temporary came between them.
pub fn arena(
    orders: impl Iterator<Item = Order>,
    keep: u64,
) -> Vec<Box<Order>> {
    // ANCHOR: arena
    let arena = bumpalo::Bump::new();
    let loaded: Vec<&Order> =
        orders.map(|order| &*arena.alloc(order)).collect();
    let survivors: Vec<Box<Order>> = (loaded.iter())
        .filter(|order| kept(order, keep))
        .map(|order| Box::new(**order))
        .collect();
    drop(loaded);
    drop(arena);
    // ANCHOR_END: arena
    survivors
}

/// Each order into a pool slot as it arrives, given back at once unless kept:
/// the next order takes the same slot, so the pool grows only by the survivors.
pub fn pool(
    orders: impl Iterator<Item = Order>,
    keep: u64,
) -> (pool::Pool<Order>, Vec<pool::Handle>) {
    // ANCHOR: pool
    let mut pool = pool::Pool::new();
    let mut survivors = Vec::new();
    for order in orders {
        let handle = pool.insert(order);
        if kept(&order, keep) {
            survivors.push(handle);
        } else {
            pool.remove(handle); // the slot is the next order's
        }
    }
    // ANCHOR_END: pool
    (pool, survivors)
}

/// Every order boxed, then every box freed but the last one allocated.
pub fn pinned_top(orders: impl Iterator<Item = Order>) -> Option<Box<Order>> {
    let mut boxes: Vec<Box<Order>> = orders.map(Box::new).collect();
    let last = boxes.pop();
    drop(boxes);
    last
}
