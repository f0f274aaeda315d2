//! Step 1: an order gives back every field it was made from, exactly as the
//! starting point does.

mod common;

use compact_layout::{Identifier, Order, Status, naive};
use proptest::prelude::*;

/// Every accessor of `order`, beside what `fields` said.
fn assert_holds(order: &Order, fields: &compact_layout::Fields<'_>) {
    assert_eq!(order.id().number(), fields.id, "id");
    assert_eq!(order.customer().map(Identifier::number), fields.customer);
    assert_eq!(order.status(), fields.status, "status");
    let carrier = fields.carrier.map(|i| compact_layout::CARRIERS[i]);
    assert_eq!(order.carrier(), carrier, "carrier, for {:?}", fields.status);
    assert_eq!(order.quantity(), fields.quantity, "quantity");
    assert_eq!(order.price_cents(), fields.price_cents, "price_cents");
    assert_eq!(order.is_gift(), fields.gift, "is_gift");
    assert_eq!(order.is_express(), fields.express, "is_express");
    assert_eq!(order.country(), fields.country, "country");
    assert_eq!(order.note(), fields.note, "note");
}

#[test]
fn an_order_gives_back_its_fields() {
    for fields in compact_layout::workload::orders(7, 1_000) {
        assert_holds(&Order::new(&fields), &fields);
    }
}

#[test]
fn a_shipped_order_has_its_carrier_and_a_paid_one_none() {
    let mut fields = compact_layout::workload::from_draw(1, 0);
    fields.status = Status::Shipped;
    fields.carrier = Some(3);
    assert_eq!(Order::new(&fields).carrier(), Some("PostNL"));
    fields.status = Status::Paid;
    fields.carrier = None;
    assert_eq!(Order::new(&fields).carrier(), None);
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn any_order_gives_back_its_fields_as_the_starting_point_does(
        fields in common::any_fields(),
    ) {
        let order = Order::new(&fields);
        assert_holds(&order, &fields);
        let naive = naive::Order::new(&fields);
        prop_assert_eq!(order.carrier(), naive.carrier());
        prop_assert_eq!(order.clone(), order, "a clone is equal");
    }
}
