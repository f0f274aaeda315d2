//! The starting point, and the demo's baseline: an order as a C# class, ported
//! field by field. Do not change this file: the demo, the benchmarks and the
//! workshop's own checks (which prove the size and heap tests fail on it) use
//! it, through the reference solution.
//!
//! Every field takes what its C# type would: an `Option<u64>` for a nullable
//! `long?`, a `String` for each `string`, the carrier inside the status as a C#
//! record would hold it, a `bool` per flag. Each `String` that holds text is an
//! allocation of its own, as each C# `string` is an object.

use crate::{CARRIERS, Fields, Status};

/// The starting point's ids: plain numbers, as C# `long`s are.
pub type OrderId = u64;
/// A customer's id, as the starting point has it: a plain number too.
pub type CustomerId = u64;

// ANCHOR: naive_order
/// An order, as a C# developer ports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    id: u64,
    customer: Option<u64>,
    status: OrderStatus,
    quantity: u32,
    price_cents: u64,
    gift: bool,
    express: bool,
    country: String,
    note: String,
}

/// The status, with the carrier's name where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
enum OrderStatus {
    Pending,
    Paid,
    Shipped { carrier: String },
    Delivered { carrier: String },
    Cancelled,
}
// ANCHOR_END: naive_order

impl Order {
    /// The order `fields` describe.
    pub fn new(fields: &Fields<'_>) -> Self {
        let carrier = || CARRIERS[fields.carrier.unwrap_or(0)].to_string();
        let status = match fields.status {
            Status::Pending => OrderStatus::Pending,
            Status::Paid => OrderStatus::Paid,
            Status::Shipped => OrderStatus::Shipped { carrier: carrier() },
            Status::Delivered => OrderStatus::Delivered { carrier: carrier() },
            Status::Cancelled => OrderStatus::Cancelled,
        };
        Self {
            id: fields.id,
            customer: fields.customer,
            status,
            quantity: fields.quantity,
            price_cents: fields.price_cents,
            gift: fields.gift,
            express: fields.express,
            country: fields.country.to_string(),
            note: fields.note.to_string(),
        }
    }

    pub fn id(&self) -> OrderId {
        self.id
    }

    pub fn customer(&self) -> Option<CustomerId> {
        self.customer
    }

    pub fn status(&self) -> Status {
        match self.status {
            OrderStatus::Pending => Status::Pending,
            OrderStatus::Paid => Status::Paid,
            OrderStatus::Shipped { .. } => Status::Shipped,
            OrderStatus::Delivered { .. } => Status::Delivered,
            OrderStatus::Cancelled => Status::Cancelled,
        }
    }

    pub fn carrier(&self) -> Option<&str> {
        match &self.status {
            OrderStatus::Shipped { carrier }
            | OrderStatus::Delivered { carrier } => Some(carrier),
            _ => None,
        }
    }

    pub fn quantity(&self) -> u32 {
        self.quantity
    }

    pub fn price_cents(&self) -> u64 {
        self.price_cents
    }

    pub fn is_gift(&self) -> bool {
        self.gift
    }

    pub fn is_express(&self) -> bool {
        self.express
    }

    pub fn country(&self) -> &str {
        &self.country
    }

    pub fn note(&self) -> &str {
        &self.note
    }
}

/// The orders one after another in a `Vec`, as a `List<Order>` holds them:
/// the starting point of step 3's store.
#[derive(Debug, Default)]
pub struct Columns {
    orders: Vec<Order>,
}

impl Columns {
    pub fn with_capacity(orders: usize) -> Self {
        Self {
            orders: Vec::with_capacity(orders),
        }
    }

    pub fn push(&mut self, fields: &Fields<'_>) {
        self.orders.push(Order::new(fields));
    }

    pub fn len(&self) -> usize {
        self.orders.len()
    }

    pub fn is_empty(&self) -> bool {
        self.orders.is_empty()
    }

    pub fn total_quantity(&self) -> u64 {
        self.orders.iter().map(|o| u64::from(o.quantity())).sum()
    }

    pub fn order(&self, index: usize) -> Option<Order> {
        self.orders.get(index).cloned()
    }
}
