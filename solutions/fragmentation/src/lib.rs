//! Reference solution of the **heap fragmentation** exercise.
//!
//! The open orders are kept by value, in one `Vec`, and only they are ever
//! stored: each order is looked at as it arrives and the others never reach the
//! heap. The survivors sit together in one block, so resident memory follows
//! the live heap. Safe Rust: no `unsafe`.
//!
//! The given code (the orders, the starting point) is the exercise's own files,
//! included here, so there is one copy of each.

#[path = "../../../exercises/fragmentation/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/fragmentation/src/workload.rs"]
pub mod workload;

pub use workload::{Order, Status};

use std::borrow::Borrow;

/// What the `Vec` holds: the order itself (with the `naive-baseline` feature,
/// which `workshop verify` uses to prove the memory tests catch the starting
/// point: a `Box`).
#[cfg(not(feature = "naive-baseline"))]
type Stored = Order;
#[cfg(feature = "naive-baseline")]
type Stored = Box<Order>;

/// The open orders of a batch, in the order they came, kept for the rest of the
/// program.
#[derive(Debug)]
pub struct OpenOrders {
    orders: Vec<Stored>,
}

/// Loads a batch of orders and keeps the open ones, in the order they came.
pub fn load_open_orders(orders: impl IntoIterator<Item = Order>) -> OpenOrders {
    OpenOrders {
        orders: open_orders(orders),
    }
}

#[cfg(not(feature = "naive-baseline"))]
// ANCHOR: load
/// The open orders, by value, side by side in one `Vec`. Each order is looked
/// at as it arrives and only the open ones are stored: no order is an
/// allocation of its own, so no survivor is left among freed blocks.
fn open_orders(orders: impl IntoIterator<Item = Order>) -> Vec<Order> {
    orders.into_iter().filter(Order::is_open).collect()
}
// ANCHOR_END: load

/// The starting point (a `Box` per order, see `naive.rs`), for `workshop
/// verify`.
#[cfg(feature = "naive-baseline")]
use naive::open_orders_boxed as open_orders;

impl OpenOrders {
    /// How many open orders there are.
    pub fn len(&self) -> usize {
        self.orders.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.orders.is_empty()
    }

    /// The `index`-th open order, or `None` past the end.
    pub fn get(&self, index: usize) -> Option<&Order> {
        self.orders.get(index).map(Borrow::borrow)
    }

    /// The open orders, in the order they came.
    pub fn iter(&self) -> impl Iterator<Item = &Order> {
        self.orders.iter().map(Borrow::borrow)
    }

    /// What the open orders are worth: price × quantity, summed, in cents.
    pub fn value_cents(&self) -> u64 {
        self.iter()
            .map(|order| order.price_cents * u64::from(order.quantity))
            .sum()
    }
}
