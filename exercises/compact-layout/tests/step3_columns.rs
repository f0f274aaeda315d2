//! Step 3: the orders as columns hold the same orders, and sum a column.

mod common;

use compact_layout::{Columns, Order};
use proptest::prelude::*;

#[test]
fn an_empty_store_holds_nothing() {
    let columns = Columns::with_capacity(10);
    assert!(columns.is_empty());
    assert_eq!(columns.len(), 0);
    assert_eq!(columns.total_quantity(), 0);
    assert_eq!(columns.order(0), None);
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn the_columns_hold_the_orders_pushed_in_order(
        all in prop::collection::vec(common::any_fields(), 0..40),
        room in 0usize..50,
    ) {
        let mut columns = Columns::with_capacity(room);
        for fields in &all {
            columns.push(fields);
        }
        prop_assert_eq!(columns.len(), all.len());
        prop_assert_eq!(columns.is_empty(), all.is_empty());
        let total: u64 = all.iter().map(|f| u64::from(f.quantity)).sum();
        prop_assert_eq!(columns.total_quantity(), total);
        for (index, fields) in all.iter().enumerate() {
            prop_assert_eq!(columns.order(index), Some(Order::new(fields)));
        }
        prop_assert_eq!(columns.order(all.len()), None, "past the end");
    }
}
