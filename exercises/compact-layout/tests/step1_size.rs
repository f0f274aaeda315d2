//! Step 1: an order takes at most `ORDER_BYTES` bytes, where the starting
//! point takes 120.

use compact_layout::{ORDER_BYTES, Order};

#[test]
fn an_order_takes_at_most_order_bytes() {
    let size = size_of::<Order>();
    assert!(
        size <= ORDER_BYTES,
        "an Order takes {size} bytes; the target is at most {ORDER_BYTES}. \
         Which fields take more than they hold? Print size_of for each one."
    );
}
