//! Step 2: decoding is total. Any bytes give a value and its length, or an
//! error that says what is wrong and at which byte: truncated, too long,
//! overflowing `u64`, or overlong.

mod common;

use common::{KNOWN, hex, proptest_config};
use measure::SplitMix64;
use proptest::prelude::*;
use varint::{DecodeError, ErrorKind, MAX_LEN, decode, encode, encoded_len};

fn error(kind: ErrorKind, offset: usize) -> Result<(u64, usize), DecodeError> {
    Err(DecodeError { kind, offset })
}

#[test]
fn known_bytes_decode_to_known_values() {
    for &(value, bytes) in KNOWN {
        assert_eq!(decode(bytes), Ok((value, bytes.len())), "{}", hex(bytes));
    }
}

#[test]
fn bytes_after_the_varint_are_left_alone() {
    assert_eq!(decode(&[0xAC, 0x02, 0xFF, 0xFF]), Ok((300, 2)));
    assert_eq!(
        decode(&[0x00, 0x80]),
        Ok((0, 1)),
        "a lone 00 is 0, not overlong"
    );
}

#[test]
fn input_that_ends_inside_a_varint_is_truncated_where_it_ends() {
    assert_eq!(
        decode(&[]),
        error(ErrorKind::Truncated, 0),
        "no bytes at all"
    );
    assert_eq!(decode(&[0x80]), error(ErrorKind::Truncated, 1));
    assert_eq!(decode(&[0xFF; 9]), error(ErrorKind::Truncated, 9));
}

#[test]
fn a_tenth_byte_that_says_more_follows_is_too_long() {
    assert_eq!(decode(&[0xFF; 10]), error(ErrorKind::TooLong, 9));
    assert_eq!(
        decode(&[0x80; 11]),
        error(ErrorKind::TooLong, 9),
        "it stops at the tenth byte, whatever follows"
    );
}

#[test]
fn a_tenth_byte_above_1_overflows_u64() {
    let mut bytes = [0xFF; MAX_LEN];
    for last in [0x02, 0x40, 0x7F] {
        bytes[9] = last;
        assert_eq!(
            decode(&bytes),
            error(ErrorKind::Overflow, 9),
            "{}: bit 64 or beyond is set",
            hex(&bytes)
        );
    }
}

#[test]
fn a_final_zero_after_other_bytes_is_overlong() {
    assert_eq!(
        decode(&[0x80, 0x00]),
        error(ErrorKind::Overlong, 1),
        "0, in two bytes"
    );
    assert_eq!(
        decode(&[0x81, 0x80, 0x00]),
        error(ErrorKind::Overlong, 2),
        "1, in three"
    );
    let mut ten = [0xFF; MAX_LEN];
    ten[9] = 0x00;
    assert_eq!(
        decode(&ten),
        error(ErrorKind::Overlong, 9),
        "2^63 - 1, in ten"
    );
}

#[test]
fn every_truncation_of_every_known_varint_is_truncated_at_its_end() {
    for &(_, bytes) in KNOWN {
        for end in 0..bytes.len() {
            assert_eq!(
                decode(&bytes[..end]),
                error(ErrorKind::Truncated, end),
                "{} cut to {end} bytes",
                hex(bytes)
            );
        }
    }
}

/// A million random inputs, seeded: lengths 0 to 12, three bytes in four with
/// the top bit set (so varints run long), the rest any byte. Each gives a value
/// whose varint is exactly the bytes it took, or an error inside the input;
/// none panics.
#[test]
fn a_million_random_inputs_give_a_value_or_an_error_never_a_panic() {
    const INPUTS: usize = 1_000_000;
    let mut rng = SplitMix64::new(7);
    let (mut values, mut errors) = (0, 0);
    let mut bytes = Vec::with_capacity(12);
    let mut again = Vec::with_capacity(MAX_LEN);
    for _ in 0..INPUTS {
        bytes.clear();
        for _ in 0..rng.in_range(0..=12) {
            let byte = rng.next_u64() as u8;
            bytes.push(if rng.in_range(0..=3) == 0 {
                byte
            } else {
                byte | 0x80
            });
        }
        match decode(&bytes) {
            Ok((value, len)) => {
                values += 1;
                assert!(
                    len <= bytes.len(),
                    "{}: took {len} bytes",
                    hex(&bytes)
                );
                again.clear();
                encode(value, &mut again);
                assert_eq!(
                    hex(&again),
                    hex(&bytes[..len]),
                    "decoded {value} from {}: one encoding per value",
                    hex(&bytes)
                );
            }
            Err(e) => {
                errors += 1;
                assert!(e.offset <= bytes.len(), "{}: {e:?}", hex(&bytes));
                if e.kind == ErrorKind::Truncated {
                    assert_eq!(
                        e.offset,
                        bytes.len(),
                        "{}: truncated where it ends",
                        hex(&bytes)
                    );
                }
            }
        }
    }
    assert_eq!(values + errors, INPUTS, "every input fed");
    assert!(
        values > 100_000 && errors > 100_000,
        "both kinds of answer seen"
    );
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_value_round_trips_with_anything_after_it(value: u64, tail: Vec<u8>) {
        let mut bytes = Vec::new();
        encode(value, &mut bytes);
        let len = bytes.len();
        bytes.extend_from_slice(&tail);
        prop_assert_eq!(decode(&bytes), Ok((value, len)));
    }

    #[test]
    fn every_truncation_of_any_varint_is_truncated_at_its_end(value: u64) {
        let mut bytes = Vec::new();
        encode(value, &mut bytes);
        prop_assert_eq!(bytes.len(), encoded_len(value));
        for end in 0..bytes.len() {
            prop_assert_eq!(decode(&bytes[..end]), error(ErrorKind::Truncated, end));
        }
    }
}
