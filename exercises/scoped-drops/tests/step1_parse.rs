//! Step 1: `parse_batch_into` reads a batch into a buffer it is given, and
//! reuses it.

mod common;

use proptest::prelude::*;
use scoped_drops::{
    BatchError, RecordError, RecordErrorKind, parse_batch_into,
};

fn parse(text: &str) -> Result<Vec<u64>, RecordError> {
    let mut numbers = Vec::new();
    parse_batch_into(text, &mut numbers).map(|()| numbers)
}

#[test]
fn reads_numbers_separated_by_commas_and_line_breaks() {
    assert_eq!(
        parse("1,2\n3"),
        Ok(vec![1, 2, 3]),
        "records are separated by ',' or '\\n'"
    );
}

#[test]
fn ignores_spaces_and_empty_records() {
    assert_eq!(
        parse(" 4 , ,5\r\n\n6, "),
        Ok(vec![4, 5, 6]),
        "spaces (and the '\\r' of '\\r\\n') around a record are trimmed; empty records are skipped"
    );
    assert_eq!(parse(""), Ok(vec![]), "an empty batch has no records");
}

#[test]
fn replaces_what_the_buffer_held() {
    let mut numbers = vec![9, 9, 9, 9];
    parse_batch_into("1,2", &mut numbers).unwrap();
    assert_eq!(
        numbers,
        [1, 2],
        "start with numbers.clear(): the buffer still held the last batch"
    );
}

#[test]
fn reuses_the_buffer_instead_of_allocating_a_new_one() {
    let mut numbers = Vec::with_capacity(64);
    numbers.push(7);
    let (address, capacity) = (numbers.as_ptr(), numbers.capacity());
    parse_batch_into("1,2,3,4,5,6,7,8,9,10", &mut numbers).unwrap();
    assert_eq!(numbers.len(), 10);
    assert!(
        numbers.as_ptr() == address && numbers.capacity() == capacity,
        "the buffer was replaced by a new allocation (capacity {capacity} -> {}): clear() and \
         push() into the Vec you were given instead of assigning a new Vec to it",
        numbers.capacity()
    );
}

#[test]
fn names_the_record_that_is_not_a_number() {
    let not_a_number = |record| {
        Err(RecordError {
            record,
            kind: RecordErrorKind::NotANumber,
        })
    };
    assert_eq!(
        parse("1,x2,3"),
        not_a_number(1),
        "'x2' is record 1 (counting from 0)"
    );
    assert_eq!(
        parse(" ,\n,7,1 2"),
        not_a_number(1),
        "empty records are not counted"
    );
    for text in ["+1", "-3", "1.5", "0x10", "١"] {
        assert_eq!(
            parse(text),
            not_a_number(0),
            "{text:?} is not digits 0-9 only"
        );
    }
}

#[test]
fn reports_numbers_larger_than_u64_max() {
    assert_eq!(
        parse("18446744073709551615"),
        Ok(vec![u64::MAX]),
        "u64::MAX itself fits"
    );
    assert_eq!(
        parse("5,18446744073709551616"),
        Err(RecordError {
            record: 1,
            kind: RecordErrorKind::TooLarge
        }),
        "u64::MAX + 1 is too large, and it is a number: TooLarge, not NotANumber"
    );
}

#[test]
fn errors_say_which_record_and_what_is_wrong() {
    let not_a_number = RecordError {
        record: 1,
        kind: RecordErrorKind::NotANumber,
    };
    assert_eq!(
        not_a_number.to_string(),
        "record 1 is not a whole number of digits 0-9"
    );
    let too_large = BatchError {
        batch: 2,
        error: RecordError {
            record: 0,
            kind: RecordErrorKind::TooLarge,
        },
    };
    assert_eq!(
        too_large.to_string(),
        "batch 2: record 0 is larger than u64::MAX"
    );
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn reads_back_any_numbers_with_any_separators(
        numbers in prop::collection::vec(any::<u64>(), 0..50),
        separators in prop::collection::vec(prop::sample::select(vec![",", ", ", "\n", " ,\r\n", ",,"]), 50),
    ) {
        let mut text = String::new();
        for (i, n) in numbers.iter().enumerate() {
            if i > 0 {
                text.push_str(separators[i]);
            }
            text.push_str(&n.to_string());
        }
        prop_assert_eq!(parse(&text), Ok(numbers));
    }

    #[test]
    fn any_text_gives_numbers_or_a_typed_error_never_a_panic(text in "[0-9 ,\n\r+x.-]{0,40}|\\PC{0,40}") {
        prop_assert_eq!(parse(&text), common::model_parse(&text));
    }
}
