//! The report in one pass: each order is added to its totals and compared
//! with the largest so far as it is read, then let go, so no list of orders
//! is ever held (step 2); the totals are keyed by the region and product as
//! they lie in the input, so a lookup copies nothing (step 1).

use crate::{LargestOrder, Order, ParseError, Report, Totals};
use std::collections::HashMap;

// ANCHOR: report
/// The report of every order in `input`, one per line.
///
/// # Errors
///
/// The first line that is not an order.
pub fn report(input: &str) -> Result<Report, ParseError> {
    let mut totals: HashMap<(&str, &str), Totals> = HashMap::new();
    let mut largest: Option<LargestOrder> = None;
    let mut orders = 0;
    for (index, line) in input.lines().enumerate() {
        let order = Order::parse(line, index + 1)?;
        totals
            .entry((order.region, order.product))
            .or_default()
            .add(&order);
        let value_cents = order.value_cents();
        if largest.is_none_or(|l| value_cents >= l.value_cents) {
            largest = Some(LargestOrder {
                id: order.id,
                value_cents,
            });
        }
        orders += 1;
    }
    Ok(Report::assemble(orders, totals, largest))
}
// ANCHOR_END: report
