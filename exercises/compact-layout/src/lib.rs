//! Exercise: **compact layout**. Run `cargo workshop check compact-layout` to
//! see where you are, and `cargo workshop hint compact-layout` when you are
//! stuck. The tests are in `tests/`: read them.
//!
//! A million orders held in memory: how many bytes each one takes decides how
//! many fit in a cache line, a page and a server. Step 1: the same [`Order`]
//! in at most [`ORDER_BYTES`] bytes, with no allocation but its note. Step 2:
//! ids of a type of their own, so that an order's id cannot be passed as a
//! customer's, at no cost in bytes. Step 3 (a stretch): the orders as columns,
//! one `Vec` per field, for a pass that reads one field of every order.
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the input and its tables (`given.rs`), the starting point (`naive.rs`) and
//! the orders the tests and the demo make (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

/// The most bytes an [`Order`] may take (`size_of::<Order>()`): the starting
/// point takes 120.
pub const ORDER_BYTES: usize = 48;

// TODO (step 2): a type of its own for each kind of id: 8 bytes, and
// `Option` of it 8 bytes too. As shipped, both are plain numbers.
/// An order's id.
pub type OrderId = u64;
/// A customer's id.
pub type CustomerId = u64;

// TODO (step 1): fields that take at most ORDER_BYTES bytes and allocate only
// for a note. As shipped, an order holds the starting point's order. Look at
// what each field's type takes, `Option` included: `size_of::<T>()` says.
/// An order: who, what, how many, at what price, where to, and how it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    naive: naive::Order,
}

// TODO (step 1): the same methods, reading your fields; keep the signatures.
impl Order {
    /// The order `fields` describe. Its text is copied: the order owns it.
    ///
    /// # Panics
    ///
    /// If `fields` break their contract: an id of 0, a carrier that is not an
    /// index into [`CARRIERS`](crate::CARRIERS), or a country that is not two
    /// letters.
    pub fn new(fields: &Fields<'_>) -> Self {
        Self {
            naive: naive::Order::new(fields),
        }
    }

    pub fn id(&self) -> OrderId {
        self.naive.id()
    }

    /// The customer's id, or `None` for a guest's order.
    pub fn customer(&self) -> Option<CustomerId> {
        self.naive.customer()
    }

    pub fn status(&self) -> Status {
        self.naive.status()
    }

    /// The carrier's name, one of [`CARRIERS`](crate::CARRIERS), when the
    /// order has one.
    pub fn carrier(&self) -> Option<&str> {
        self.naive.carrier()
    }

    pub fn quantity(&self) -> u32 {
        self.naive.quantity()
    }

    pub fn price_cents(&self) -> u64 {
        self.naive.price_cents()
    }

    pub fn is_gift(&self) -> bool {
        self.naive.is_gift()
    }

    pub fn is_express(&self) -> bool {
        self.naive.is_express()
    }

    /// Where it ships to: two capital letters, one of
    /// [`COUNTRIES`](crate::COUNTRIES).
    pub fn country(&self) -> &str {
        self.naive.country()
    }

    /// The customer's note, `""` when there is none.
    pub fn note(&self) -> &str {
        self.naive.note()
    }
}

// TODO (step 3): the orders as columns, a `Vec` per field; keep the
// signatures.
/// Orders stored field by field: every order's quantity side by side, and so
/// on for each field.
#[derive(Debug, Default)]
pub struct Columns {}

#[allow(unused_variables)] // remove this line when you implement the methods
impl Columns {
    /// An empty store with room for `orders` orders in every column.
    pub fn with_capacity(orders: usize) -> Self {
        todo!("step 3: a Vec per field, each with room for `orders`")
    }

    /// Adds the order `fields` describe, at the end.
    pub fn push(&mut self, fields: &Fields<'_>) {
        todo!("step 3: push each field onto its column")
    }

    /// How many orders the store holds.
    pub fn len(&self) -> usize {
        todo!("step 3: the length of any column")
    }

    /// Whether the store holds no order.
    pub fn is_empty(&self) -> bool {
        todo!("step 3: no orders")
    }

    /// The sum of every order's quantity: a pass over one column.
    pub fn total_quantity(&self) -> u64 {
        todo!("step 3: sum one column")
    }

    /// The order at `index`, made again from its fields; `None` past the end.
    pub fn order(&self, index: usize) -> Option<Order> {
        todo!("step 3: an order from the fields at `index`")
    }
}
