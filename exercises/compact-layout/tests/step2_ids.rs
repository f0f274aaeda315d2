//! Step 2: an order's id and a customer's are types of their own, 8 bytes
//! each, and `Option` of either is 8 bytes too.

mod common;

use compact_layout::{CustomerId, Identifier, Order, OrderId, workload};
use proptest::prelude::*;
use std::any::TypeId;
use std::hash::{BuildHasher, RandomState};

#[test]
fn an_order_id_and_a_customer_id_are_different_types() {
    assert_ne!(
        TypeId::of::<OrderId>(),
        TypeId::of::<CustomerId>(),
        "OrderId and CustomerId are the same type, so one can be passed where \
         the other is expected: make each a type of its own"
    );
    assert_ne!(TypeId::of::<OrderId>(), TypeId::of::<u64>(), "not a u64");
}

#[test]
fn an_id_is_8_bytes_and_so_is_an_optional_one() {
    assert_eq!(size_of::<OrderId>(), 8, "an OrderId is a u64's 8 bytes");
    assert_eq!(size_of::<CustomerId>(), 8, "a CustomerId too");
    assert_eq!(
        size_of::<Option<CustomerId>>(),
        8,
        "Option<CustomerId> takes {} bytes; with an id that is never 0, None \
         can be the 0, and Option costs nothing",
        size_of::<Option<CustomerId>>()
    );
    assert_eq!(size_of::<Option<OrderId>>(), 8, "Option<OrderId> too");
}

#[test]
fn zero_numbers_nothing() {
    assert_eq!(OrderId::from_number(0), None);
    assert_eq!(CustomerId::from_number(0), None);
}

#[test]
fn an_orders_ids_are_of_their_kind() {
    let fields = workload::from_draw(12, 0x0123_4567_89ab_cdef);
    let order = Order::new(&fields);
    let id: OrderId = order.id();
    let customer: Option<CustomerId> = order.customer();
    assert_eq!(Some(id), OrderId::from_number(12));
    assert_eq!(customer, fields.customer.and_then(CustomerId::from_number));
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn any_number_but_zero_makes_an_id_that_gives_it_back(number in 1..=u64::MAX) {
        let order = OrderId::from_number(number).expect("not 0");
        let customer = CustomerId::from_number(number).expect("not 0");
        prop_assert_eq!(order.number(), number);
        prop_assert_eq!(customer.number(), number);
        prop_assert_eq!(order, OrderId::from_number(number).expect("not 0"));
        let other = OrderId::from_number(number.wrapping_add(1).max(1));
        prop_assert_ne!(Some(order), other, "different numbers, different ids");
        let hashes = RandomState::new();
        prop_assert_eq!(
            hashes.hash_one(order),
            hashes.hash_one(number),
            "an id hashes as its number does, so equal ids hash alike"
        );
        let shown = format!("{order:?}");
        prop_assert!(shown.contains(&number.to_string()), "{} shows its number", shown);
    }
}
