//! Given code: the sales report as it was handed to you, a direct port of the
//! C# service it replaces. It gives the right answers; it is the starting
//! point the tests compare yours with. Do not change this file: `report` in
//! `lib.rs` calls it as shipped.

use crate::{LargestOrder, Order, ParseError, Report, Totals};
use std::collections::HashMap;

// ANCHOR: report
/// The report of every order in `input`, one per line.
///
/// # Errors
///
/// The first line that is not an order.
pub fn report(input: &str) -> Result<Report, ParseError> {
    // Read every order first; the report is built from the list.
    let mut orders = Vec::new();
    for (index, line) in input.lines().enumerate() {
        orders.push(Order::parse(line, index + 1)?);
    }

    let mut totals: HashMap<(String, String), Totals> = HashMap::new();
    for order in &orders {
        let key = (order.region.to_string(), order.product.to_string());
        totals.entry(key).or_default().add(order);
    }

    let largest = orders.iter().max_by_key(|order| order.value_cents());
    let largest = largest.map(|order| LargestOrder {
        id: order.id,
        value_cents: order.value_cents(),
    });
    let pairs = totals
        .iter()
        .map(|((r, p), t)| ((r.as_str(), p.as_str()), *t));
    Ok(Report::assemble(orders.len() as u64, pairs, largest))
}
// ANCHOR_END: report
