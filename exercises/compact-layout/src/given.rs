//! Given code: what an order is made from, and the tables its text comes from.
//! Do not change this file; the reference solution includes it too (with
//! `#[path]`).

/// Where an order stands. A fieldless enum: Rust gives it one byte already,
/// where a C# `enum` is an `int` (4 bytes) unless declared `: byte`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}

impl Status {
    /// Every status, in order: `Status::ALL[i]` is the status numbered `i`.
    pub const ALL: [Status; 5] = [
        Status::Pending,
        Status::Paid,
        Status::Shipped,
        Status::Delivered,
        Status::Cancelled,
    ];

    /// Whether an order in this status is with a carrier, and so has one.
    pub fn has_carrier(self) -> bool {
        matches!(self, Status::Shipped | Status::Delivered)
    }
}

/// The carriers an order can ship with: a short table, so an order can hold
/// an index into it instead of the name.
pub const CARRIERS: [&str; 4] = ["DHL", "UPS", "FedEx", "PostNL"];

/// The countries orders ship to, as ISO 3166 two-letter codes.
pub const COUNTRIES: [&str; 8] =
    ["DE", "FR", "NL", "GB", "US", "PL", "ES", "IT"];

/// What an order is made from, as it arrives (a row, a message). The text is
/// borrowed: making a [`Fields`] allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields<'a> {
    /// The order's number, from 1.
    pub id: u64,
    /// The customer's number, from 1, or `None` for a guest's order.
    pub customer: Option<u64>,
    pub status: Status,
    /// The carrier's index in [`CARRIERS`] when `status.has_carrier()`, else
    /// `None`.
    pub carrier: Option<usize>,
    pub quantity: u32,
    pub price_cents: u64,
    pub gift: bool,
    pub express: bool,
    /// Two ASCII capital letters, one of [`COUNTRIES`].
    pub country: &'a str,
    /// The customer's note, usually empty.
    pub note: &'a str,
}

/// What every kind of id can do: be made from a number and give it back. The
/// tests use ids through it, so they work with the plain `u64` ids of the
/// starting point and with ids of their own type.
pub trait Identifier: Copy + Eq + std::hash::Hash + std::fmt::Debug {
    /// The id numbered `number`; `None` for 0, which numbers nothing.
    fn from_number(number: u64) -> Option<Self>;

    /// The id's number, from 1.
    fn number(self) -> u64;
}

/// The starting point's ids: a plain number, as a C# `long` would be.
impl Identifier for u64 {
    fn from_number(number: u64) -> Option<Self> {
        (number != 0).then_some(number)
    }

    fn number(self) -> u64 {
        self
    }
}
