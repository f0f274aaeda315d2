//! Reference solution of the **compact layout** exercise.
//!
//! An [`Order`] in 48 bytes where the starting point takes 120: no `String`
//! for text that comes from a short table (an index instead), a `Box<str>`
//! for the note (16 bytes, and no allocation when empty), the customer's id in
//! a `NonZeroU64` so that `Option` costs nothing, and the two flags and the
//! carrier packed in one byte. Ids of a type of their own ([`Id`]), 8 bytes
//! like the number they wrap. The orders as columns ([`Columns`]), for a pass
//! that reads one field.
//!
//! The given code is the exercise's own files, included here, so there is one
//! copy of each.

#[path = "../../../exercises/compact-layout/src/given.rs"]
mod given;
#[path = "../../../exercises/compact-layout/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/compact-layout/src/workload.rs"]
pub mod workload;

pub use given::*;

/// The most bytes an [`Order`] may take (`size_of::<Order>()`): the starting
/// point takes 120.
pub const ORDER_BYTES: usize = 48;

#[cfg(feature = "naive-baseline")]
pub use naive::{Columns, CustomerId, Order, OrderId};

#[cfg(not(feature = "naive-baseline"))]
mod columns;
#[cfg(not(feature = "naive-baseline"))]
mod id;
#[cfg(not(feature = "naive-baseline"))]
mod order;

#[cfg(not(feature = "naive-baseline"))]
pub use {
    columns::Columns,
    id::{Customer, CustomerId, Id, OrderId},
    order::Order,
};
