//! The starting point, and the demo's baseline. Do not change this file: the
//! demo, the benchmarks and the workshop's own checks use it, through the
//! reference solution.
//!
//! What a C# developer writes by habit: every order an object of its own (a
//! `Box`, as `new` makes a class instance), all of them loaded into a list,
//! then the ones to keep picked out. In .NET the garbage collector then
//! compacts the survivors together. Rust has no collector: each survivor stays
//! where it was allocated, between the holes its freed neighbours left, and the
//! allocator cannot give back a page that still holds one.

use crate::workload::Order;

// ANCHOR: boxed
/// Every order in a `Box`, all loaded, then the ones `keep` accepts kept (in
/// their boxes) and the rest freed.
pub fn load_boxed_then_keep(
    orders: impl IntoIterator<Item = Order>,
    keep: impl FnMut(&Box<Order>) -> bool,
) -> Vec<Box<Order>> {
    let all: Vec<Box<Order>> = orders.into_iter().map(Box::new).collect();
    let mut kept: Vec<Box<Order>> = all.into_iter().filter(keep).collect();
    // `collect` reused the buffer of `all`, with room for every order.
    kept.shrink_to_fit();
    kept
}
// ANCHOR_END: boxed

/// The exercise's starting point: every order boxed, the open ones kept.
pub fn open_orders_boxed(
    orders: impl IntoIterator<Item = Order>,
) -> Vec<Box<Order>> {
    load_boxed_then_keep(orders, |order| order.is_open())
}
