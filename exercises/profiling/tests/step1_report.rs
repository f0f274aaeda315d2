//! Step 1 (and every step after): the report is the one the program as
//! shipped gives, for every input, and every bad line is the same error.

mod common;

use common::{maybe_broken_line, proptest_config, valid_input};
use profiling::{
    ErrorKind, LargestOrder, ParseError, RegionReport, Report, naive, report,
    workload,
};
use proptest::prelude::*;

#[test]
fn a_small_day_adds_up() {
    let input = "1,c1,north,widget-001,2,500\n\
                 2,c2,north,gadget-002,1,1500\n\
                 3,c1,south,widget-001,4,500\n\
                 4,c3,north,widget-001,1,500\n";
    let expected = Report {
        orders: 4,
        regions: vec![
            RegionReport {
                region: "north".into(),
                units: 4,
                revenue_cents: 3_000,
                top_products: vec![
                    ("widget-001".into(), 1_500),
                    ("gadget-002".into(), 1_500),
                ]
                .into_iter()
                .rev()
                .collect(),
            },
            RegionReport {
                region: "south".into(),
                units: 4,
                revenue_cents: 2_000,
                top_products: vec![("widget-001".into(), 2_000)],
            },
        ],
        largest_order: Some(LargestOrder {
            id: 3,
            value_cents: 2_000,
        }),
    };
    assert_eq!(report(input), Ok(expected));
}

#[test]
fn no_orders_is_an_empty_report() {
    assert_eq!(report(""), Ok(Report::default()));
}

#[test]
fn the_largest_order_is_the_last_of_equals() {
    let input = "7,c,r,p,2,3\n8,c,r,p,3,2\n9,c,r,p,1,1\n";
    let largest = report(input).expect("valid").largest_order;
    assert_eq!(
        largest,
        Some(LargestOrder {
            id: 8,
            value_cents: 6
        })
    );
}

#[test]
fn a_bad_line_is_named_with_what_is_wrong() {
    let cases = [
        (
            "1,c,r,p,1,1\n2,c,r,p,1\n",
            2,
            ErrorKind::MissingField {
                field: "unit_price_cents",
            },
        ),
        ("\n", 1, ErrorKind::MissingField { field: "customer" }),
        ("1,c,r,p,1,1,x\n", 1, ErrorKind::ExtraField),
        ("x,c,r,p,1,1\n", 1, ErrorKind::NotANumber { field: "id" }),
        (
            "1,c,r,p,4294967296,1\n",
            1,
            ErrorKind::NotANumber { field: "quantity" },
        ),
    ];
    for (input, line, kind) in cases {
        assert_eq!(report(input), Err(ParseError { line, kind }), "{input:?}");
    }
}

#[test]
fn the_workload_gives_the_shipped_report() {
    let input = workload::orders(workload::SEED, 20_000);
    let ours = report(&input).expect("the workload is valid");
    assert_eq!(ours.orders, 20_000);
    assert_eq!(ours.regions.len(), workload::REGIONS.len());
    assert_eq!(Ok(ours), naive::report(&input));
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_valid_input_gives_the_shipped_report(input in valid_input()) {
        prop_assert_eq!(report(&input), naive::report(&input));
    }

    #[test]
    fn any_line_gives_the_shipped_answer_or_error(
        lines in prop::collection::vec(maybe_broken_line(), 0..8),
    ) {
        let input = lines.join("\n");
        prop_assert_eq!(report(&input), naive::report(&input));
    }

    #[test]
    fn other_seeds_give_the_shipped_report(seed in any::<u64>(), n in 0..300_usize) {
        let input = workload::orders(seed, n);
        prop_assert_eq!(report(&input), naive::report(&input));
    }
}
