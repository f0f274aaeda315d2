//! What the test files share: valid input for any order, and the settings of
//! the property tests (each file uses only some of it).
#![allow(dead_code)]

use compact_layout::{CARRIERS, COUNTRIES, Fields, Status};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// Notes of every kind: none, short, long, and not ASCII.
const NOTES: [&str; 5] = ["", "x", "Leave it at the door", "Grüße ✓", "🦀"];

/// Any order's fields that keep their contract: ids from 1, a carrier exactly
/// when the status has one, a country of two letters.
pub fn any_fields() -> impl Strategy<Value = Fields<'static>> {
    let ids = (1..=u64::MAX, prop::option::of(1..=u64::MAX));
    let status = (
        prop::sample::select(Status::ALL.to_vec()),
        0..CARRIERS.len(),
    );
    let amounts = (any::<u32>(), any::<u64>(), any::<bool>(), any::<bool>());
    let text = (
        prop::sample::select(COUNTRIES.to_vec()),
        prop::sample::select(NOTES.to_vec()),
    );
    (ids, status, amounts, text).prop_map(
        |((id, customer), (status, carrier), amounts, (country, note))| {
            let (quantity, price_cents, gift, express) = amounts;
            Fields {
                id,
                customer,
                status,
                carrier: status.has_carrier().then_some(carrier),
                quantity,
                price_cents,
                gift,
                express,
                country,
                note,
            }
        },
    )
}
