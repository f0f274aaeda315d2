//! What the test files share: inputs of every kind, and the settings of the
//! property tests (each file uses only some of it).
#![allow(dead_code)]

use profiling::{Report, report, workload};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Orders in the heap tests: enough that one allocation per order, or a copy
/// of every order, is plain.
pub const HEAP_TEST_ORDERS: usize = 50_000;

/// What making the report of the workload's first [`HEAP_TEST_ORDERS`]
/// orders did to the heap, counted by dhat (the input is made before the
/// count starts), and dhat's profiler, which `dhat::assert!` needs alive. For
/// a heap test, which installs dhat's allocator.
pub fn measured_report() -> (measure::HeapTest, measure::HeapUsage) {
    let input = workload::orders(workload::SEED, HEAP_TEST_ORDERS);
    let heap = measure::HeapTest::start();
    let report: Report = report(&input).expect("the workload is valid");
    let usage = heap.usage();
    assert_eq!(report.orders, HEAP_TEST_ORDERS as u64);
    (heap, usage)
}

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        cases: 64,
        ..Config::default()
    }
}

/// A text field: few distinct values (so totals add up and products tie),
/// UTF-8 of every length, no comma, no line break.
fn text_field() -> impl Strategy<Value = String> {
    prop_oneof!["[ab]", "[a-c]{0,2}", "[é日🦀 /-]{1,3}"]
}

/// A valid order line, without its line break. Small numbers, so values and
/// revenues tie often; sometimes the largest a field may hold.
pub fn order_line() -> impl Strategy<Value = String> {
    let quantity = prop_oneof![0..4_u32, Just(u32::MAX)];
    let price = prop_oneof![0..4_u32, Just(u32::MAX)];
    (
        any::<u64>(),
        text_field(),
        text_field(),
        text_field(),
        quantity,
        price,
    )
        .prop_map(|(id, c, r, p, q, u)| format!("{id},{c},{r},{p},{q},{u}"))
}

/// Any input: valid lines, ended by `\n` or `\r\n` or nothing at the end.
pub fn valid_input() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(order_line(), 0..40),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf, last_ended)| {
            let end = if crlf { "\r\n" } else { "\n" };
            let mut text = lines.join(end);
            if last_ended && !text.is_empty() {
                text.push_str(end);
            }
            text
        })
}

/// A line that may be broken: valid, or cut, or with a field too many, or a
/// number that is not one.
pub fn maybe_broken_line() -> impl Strategy<Value = String> {
    prop_oneof![
        order_line(),
        (order_line(), any::<prop::sample::Index>()).prop_map(|(line, cut)| {
            let ends: Vec<usize> = line
                .char_indices()
                .map(|(i, _)| i)
                .chain([line.len()])
                .collect();
            line[..ends[cut.index(ends.len())]].to_string()
        }),
        order_line().prop_map(|line| format!("{line},x")),
        order_line().prop_map(|line| line.replacen(',', ",-", 4)),
        "[0-9,a-z]{0,20}",
    ]
}
