//! A million orders each way: the starting point's `Order` in a `Vec`, the
//! compact `Order` in a `Vec`, and the same orders as columns. Built once and
//! measured (heap, allocations), then read again and again by a pass that
//! sums one field, timed (medians).

use compact_layout::{Columns, Fields, Order, naive};
use measure::timed::median;
use std::time::{Duration, Instant};

/// The orders, held one way.
pub trait Store: Sized {
    /// Its name in a table.
    const NAME: &'static str;
    /// The orders `fields` describe, in one store made with room for all.
    fn build(fields: &[Fields<'_>]) -> Self;
    /// The sum of every order's quantity: the pass that reads one field.
    fn total_quantity(&self) -> u64;
}

impl Store for Vec<naive::Order> {
    const NAME: &'static str = "as ported";
    fn build(fields: &[Fields<'_>]) -> Self {
        let mut orders = Vec::with_capacity(fields.len());
        orders.extend(fields.iter().map(naive::Order::new));
        orders
    }
    fn total_quantity(&self) -> u64 {
        self.iter().map(|order| u64::from(order.quantity())).sum()
    }
}

impl Store for Vec<Order> {
    const NAME: &'static str = "compact";
    fn build(fields: &[Fields<'_>]) -> Self {
        let mut orders = Vec::with_capacity(fields.len());
        orders.extend(fields.iter().map(Order::new));
        orders
    }
    fn total_quantity(&self) -> u64 {
        self.iter().map(|order| u64::from(order.quantity())).sum()
    }
}

impl Store for Columns {
    const NAME: &'static str = "columns";
    fn build(fields: &[Fields<'_>]) -> Self {
        let mut columns = Columns::with_capacity(fields.len());
        fields.iter().for_each(|one| columns.push(one));
        columns
    }
    fn total_quantity(&self) -> u64 {
        Columns::total_quantity(self)
    }
}

/// What one way cost: the heap its store took and the allocations it made
/// (counted once: every build is the same), and the median time of a pass.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub heap_bytes: u64,
    pub allocations: u64,
    pub total_quantity: u64,
    pub pass: Duration,
}

/// Builds `S` from `fields` and measures it, then times `repeat` passes (at
/// least one) over it.
pub fn measure<S: Store>(fields: &[Fields<'_>], repeat: usize) -> Measured {
    let (store, usage) = measure::measure(|| S::build(fields));
    let mut times = Vec::with_capacity(repeat.max(1));
    let mut total = 0;
    for _ in 0..repeat.max(1) {
        let started = Instant::now();
        total =
            std::hint::black_box(std::hint::black_box(&store).total_quantity());
        times.push(started.elapsed());
    }
    Measured {
        heap_bytes: usage.bytes_allocated,
        allocations: usage.allocations,
        total_quantity: total,
        pass: median(&mut times),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use compact_layout::workload;

    #[test]
    fn every_way_holds_the_same_orders() {
        let fields: Vec<_> = workload::orders(3, 500).collect();
        let total: u64 = fields.iter().map(|f| u64::from(f.quantity)).sum();
        let naive = measure::<Vec<naive::Order>>(&fields, 2);
        let compact = measure::<Vec<Order>>(&fields, 2);
        let columns = measure::<Columns>(&fields, 1);
        for way in [naive, compact, columns] {
            assert_eq!(way.total_quantity, total);
        }
    }
}
