//! Ids of a type of their own: an order's id and a customer's are both a
//! number, but not the same kind of number.

use crate::{Identifier, Order};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::num::NonZeroU64;

// ANCHOR: id
/// The id of a `T`: a number from 1, and a marker of what it numbers that
/// takes no bytes. `Id<Order>` and `Id<Customer>` are different types, so one
/// cannot be passed where the other is expected:
///
/// ```compile_fail
/// use compact_layout::{CustomerId, Identifier, OrderId};
///
/// fn bill(customer: CustomerId) -> u64 {
///     customer.number()
/// }
///
/// let order = OrderId::from_number(7).unwrap();
/// bill(order); // error[E0308]: mismatched types
/// ```
///
/// The number is a `NonZeroU64`, so `Option<Id<T>>` is 8 bytes too: `None` is
/// the 0 no id holds. The marker is `PhantomData<fn() -> T>`, not
/// `PhantomData<T>`: an id owns no `T`, so it is `Send`, `Sync` and `Copy`
/// whatever `T` is.
pub struct Id<T> {
    number: NonZeroU64,
    kind: PhantomData<fn() -> T>,
}
// ANCHOR_END: id

/// What a customer's id numbers: a type with no values, used only as a marker.
#[derive(Debug)]
pub enum Customer {}

/// An order's id.
pub type OrderId = Id<Order>;
/// A customer's id.
pub type CustomerId = Id<Customer>;

impl<T> Identifier for Id<T> {
    fn from_number(number: u64) -> Option<Self> {
        NonZeroU64::new(number).map(|number| Id {
            number,
            kind: PhantomData,
        })
    }

    fn number(self) -> u64 {
        self.number.get()
    }
}

// Written out, not derived: `#[derive(Clone)]` would ask for `T: Clone`, and
// `Id<Customer>` would be neither `Clone` nor `Copy`.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Id<T> {}

impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}

impl<T> Eq for Id<T> {}

impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.number.hash(state);
    }
}

impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.number)
    }
}
