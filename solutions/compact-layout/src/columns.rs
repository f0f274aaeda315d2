//! The orders as columns: a `Vec` per field.

use crate::{CustomerId, Fields, Order, OrderId, Status};

// ANCHOR: columns
/// Orders stored field by field: every order's quantity side by side, and so
/// on for each field.
#[derive(Debug, Default)]
pub struct Columns {
    ids: Vec<OrderId>,
    customers: Vec<Option<CustomerId>>,
    prices: Vec<u64>,
    notes: Vec<Box<str>>,
    quantities: Vec<u32>,
    countries: Vec<[u8; 2]>,
    statuses: Vec<Status>,
    packed: Vec<u8>,
}
// ANCHOR_END: columns

impl Columns {
    /// An empty store with room for `orders` orders in every column.
    pub fn with_capacity(orders: usize) -> Self {
        Self {
            ids: Vec::with_capacity(orders),
            customers: Vec::with_capacity(orders),
            prices: Vec::with_capacity(orders),
            notes: Vec::with_capacity(orders),
            quantities: Vec::with_capacity(orders),
            countries: Vec::with_capacity(orders),
            statuses: Vec::with_capacity(orders),
            packed: Vec::with_capacity(orders),
        }
    }

    /// Adds the order `fields` describe, at the end.
    pub fn push(&mut self, fields: &Fields<'_>) {
        let order = Order::new(fields);
        self.ids.push(order.id);
        self.customers.push(order.customer);
        self.prices.push(order.price_cents);
        self.notes.push(order.note);
        self.quantities.push(order.quantity);
        self.countries.push(order.country);
        self.statuses.push(order.status);
        self.packed.push(order.packed);
    }

    /// How many orders the store holds.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the store holds no order.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    // ANCHOR: total_quantity
    /// The sum of every order's quantity: a pass over one column.
    pub fn total_quantity(&self) -> u64 {
        self.quantities.iter().map(|&q| u64::from(q)).sum()
    }
    // ANCHOR_END: total_quantity

    /// The order at `index`, made again from its fields; `None` past the end.
    pub fn order(&self, index: usize) -> Option<Order> {
        Some(Order {
            id: *self.ids.get(index)?,
            customer: self.customers[index],
            price_cents: self.prices[index],
            note: self.notes[index].clone(),
            quantity: self.quantities[index],
            country: self.countries[index],
            status: self.statuses[index],
            packed: self.packed[index],
        })
    }
}
