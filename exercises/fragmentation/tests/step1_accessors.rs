//! Step 1: the accessors. `OpenOrders` holds the open orders of a batch, in the
//! order they came; `len`, `get`, `iter` and `value_cents` read them.

mod common;

use common::{open_orders, proptest_config};
use fragmentation::workload::{Order, SEED, orders};
use fragmentation::{OpenOrders, load_open_orders};
use proptest::prelude::*;

/// Checks every accessor of `kept` against the expected orders.
fn assert_holds(kept: &OpenOrders, expected: &[Order]) {
    assert_eq!(kept.len(), expected.len(), "len(): how many open orders");
    assert_eq!(kept.is_empty(), expected.is_empty(), "is_empty()");
    let listed: Vec<&Order> = kept.iter().collect();
    assert!(
        listed.iter().copied().eq(expected.iter()),
        "iter() gives the open orders in the order they came: expected the ids {:?}, got {:?}",
        ids(expected.iter()),
        ids(listed.iter().copied()),
    );
    for (index, order) in expected.iter().enumerate() {
        assert_eq!(kept.get(index), Some(order), "get({index})");
    }
    assert_eq!(kept.get(expected.len()), None, "get(len()) is past the end");
    assert_eq!(
        kept.get(usize::MAX),
        None,
        "get(usize::MAX) is past the end"
    );
    let value: u64 = expected
        .iter()
        .map(|o| o.price_cents * u64::from(o.quantity))
        .sum();
    assert_eq!(
        kept.value_cents(),
        value,
        "value_cents(): price_cents × quantity, summed"
    );
}

fn ids<'a>(orders: impl Iterator<Item = &'a Order>) -> Vec<u64> {
    orders.map(|order| order.id).take(20).collect()
}

#[test]
fn the_open_orders_of_a_batch_in_the_order_they_came() {
    let kept = load_open_orders(orders(SEED, 10_000));
    let expected = open_orders(SEED, 10_000);
    assert!(expected.len() > 2_000, "about one order in four is open");
    assert_holds(&kept, &expected);
}

#[test]
fn an_empty_batch_keeps_nothing() {
    assert_holds(&load_open_orders(std::iter::empty()), &[]);
}

#[test]
fn a_batch_with_no_open_order_keeps_nothing() {
    let closed = orders(SEED, 1_000).filter(|order| !order.is_open());
    assert_holds(&load_open_orders(closed), &[]);
}

#[test]
fn a_batch_of_open_orders_keeps_them_all() {
    let open = open_orders(SEED, 1_000);
    assert_holds(&load_open_orders(open.clone()), &open);
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_batch_keeps_exactly_its_open_orders(seed: u64, count in 0usize..2_000) {
        assert_holds(&load_open_orders(orders(seed, count)), &open_orders(seed, count));
    }
}
