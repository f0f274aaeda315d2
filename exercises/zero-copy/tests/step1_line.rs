//! Step 1: `parse_line` gives a line's fields as slices of it, and every
//! kind of bad input a typed error at the right offset, never a panic.

mod common;

use common::{any_line, proptest_config};
use proptest::prelude::*;
use zero_copy::{ErrorKind, ParseError, Record, naive, parse_line};

const LINE: &str = "time=1700000000 method=GET path=/api/orders/7 status=200 \
                    bytes=512 agent=curl/8.4.0";

fn error(
    offset: usize,
    kind: ErrorKind,
) -> Result<Record<'static>, ParseError> {
    Err(ParseError { offset, kind })
}

#[test]
fn a_line_gives_its_fields() {
    let record = parse_line(LINE.as_bytes(), 0).expect("a valid line");
    assert_eq!(
        record,
        Record {
            time: 1_700_000_000,
            method: "GET",
            path: "/api/orders/7",
            status: 200,
            bytes: 512,
            agent: "curl/8.4.0",
        }
    );
}

#[test]
fn the_fields_are_slices_of_the_line_not_copies() {
    let line = LINE.as_bytes();
    let record = parse_line(line, 0).expect("a valid line");
    let inside = |s: &str| line.as_ptr_range().contains(&s.as_ptr());
    assert!(
        inside(record.method) && inside(record.path) && inside(record.agent),
        "each text field must point into the line itself"
    );
}

#[test]
fn keys_come_in_any_order() {
    let line = "agent=x bytes=1 status=404 path=/ method=PUT time=5";
    let record = parse_line(line.as_bytes(), 0).expect("a valid line");
    assert_eq!((record.time, record.method, record.status), (5, "PUT", 404));
}

#[test]
fn each_kind_of_bad_line_is_an_error_at_its_offset() {
    let too_big = LINE.replace("status=200", "status=70000");
    let status_at = 100 + too_big.find("status=").expect("a status") + 7;
    let cases: [(&[u8], Result<Record<'_>, ParseError>); 8] = [
        (b"time=1 method", error(107, ErrorKind::NoEquals)),
        (b"time=1 colour=red", error(107, ErrorKind::UnknownKey)),
        (b"time=1 time=2", error(107, ErrorKind::DuplicateKey)),
        (
            b"time=1 method=GET",
            error(117, ErrorKind::MissingKey("path")),
        ),
        (b"time=x", error(105, ErrorKind::NotANumber)),
        (too_big.as_bytes(), error(status_at, ErrorKind::NotANumber)),
        (b"time=1 method=G\xff", error(115, ErrorKind::NotUtf8)),
        (b"", error(100, ErrorKind::NoEquals)),
    ];
    for (line, expected) in cases {
        assert_eq!(
            parse_line(line, 100),
            expected,
            "{:?}, starting at byte 100",
            String::from_utf8_lossy(line)
        );
    }
}

#[test]
fn every_truncation_of_a_line_is_an_error_where_the_model_finds_it() {
    for end in 0..LINE.len() {
        let cut = &LINE.as_bytes()[..end];
        let got = parse_line(cut, 1000);
        assert_eq!(got, naive::parse_line(cut, 1000), "cut at {end}");
        // Cut inside the last value, the line is whole: a shorter agent.
        let last_value = LINE.rfind('=').expect("a field") + 1;
        assert!(got.is_err() || end >= last_value, "cut at {end}: {got:?}");
    }
}

#[test]
fn a_million_random_byte_strings_never_panic() {
    let mut draws = measure::SplitMix64::new(7);
    let alphabet = b"timeodhpaugsbyr=0123456789 /\xc3\xa9\xff";
    let mut line = Vec::with_capacity(64);
    for _ in 0..1_000_000 {
        line.clear();
        let length = draws.next_u64() % 64;
        for _ in 0..length {
            let draw = draws.next_u64() as usize;
            line.push(alphabet[draw % alphabet.len()]);
        }
        let got = parse_line(&line, 0);
        if let Err(e) = got {
            assert!(e.offset <= line.len(), "{e:?} past the end of {line:?}");
        }
    }
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_valid_line_parses_as_the_model_parses_it(line in any_line()) {
        let parsed = parse_line(line.as_bytes(), 0);
        prop_assert!(parsed.is_ok(), "{line:?}: {parsed:?}");
        prop_assert_eq!(parsed, naive::parse_line(line.as_bytes(), 0));
    }

    #[test]
    fn any_bytes_give_what_the_model_gives(
        line in prop::collection::vec(any::<u8>(), 0..80)
    ) {
        prop_assert_eq!(parse_line(&line, 3), naive::parse_line(&line, 3));
    }
}
