//! Step 3: ZigZag keeps small signed values small, and a decoder runs through a
//! whole slice of varints, stopping at the first error and saying where.

mod common;

use common::proptest_config;
use proptest::prelude::*;
use varint::{
    DecodeError, Decoder, ErrorKind, decode_all, encode, encoded_len, unzigzag,
    zigzag,
};

/// Everything the decoder yields, but never more items than `bytes` has bytes
/// (every varint takes at least one): a decoder that does not move on fails the
/// test instead of hanging.
fn drain(decoder: &mut Decoder, bytes: &[u8]) -> Vec<Result<u64, DecodeError>> {
    let items: Vec<_> = decoder.by_ref().take(bytes.len() + 1).collect();
    assert!(
        items.len() <= bytes.len(),
        "more items than bytes: does next() move the offset on past each varint?"
    );
    items
}

#[test]
fn zigzag_interleaves_negative_and_positive() {
    for (signed, unsigned) in [
        (0, 0),
        (-1, 1),
        (1, 2),
        (-2, 3),
        (2, 4),
        (-64, 127),
        (64, 128),
        (i64::MAX, u64::MAX - 1),
        (i64::MIN, u64::MAX),
    ] {
        assert_eq!(zigzag(signed), unsigned, "zigzag({signed})");
        assert_eq!(unzigzag(unsigned), signed, "unzigzag({unsigned})");
    }
}

#[test]
fn a_slice_of_varints_decodes_to_its_values_and_ends_at_its_length() {
    let bytes = [0x01, 0xAC, 0x02, 0x00, 0x80, 0x01];
    let mut decoder = decode_all(&bytes);
    assert_eq!(
        drain(&mut decoder, &bytes),
        [Ok(1), Ok(300), Ok(0), Ok(128)]
    );
    assert_eq!(decoder.offset(), bytes.len(), "stopped at the end");
    assert_eq!(decode_all(&[]).next(), None, "no bytes, no values");
}

#[test]
fn the_decoder_stops_at_the_first_error_and_says_where() {
    let bytes = [0x01, 0xAC, 0x02, 0x80];
    let mut decoder = decode_all(&bytes);
    assert_eq!(decoder.next(), Some(Ok(1)));
    assert_eq!(decoder.next(), Some(Ok(300)));
    assert_eq!(
        decoder.next(),
        Some(Err(DecodeError {
            kind: ErrorKind::Truncated,
            offset: 4
        })),
        "the offset counts from the start of the whole input"
    );
    assert_eq!(decoder.offset(), 3, "stopped where the bad varint starts");
    assert_eq!(decoder.next(), None, "nothing after an error");
    assert_eq!(decoder.next(), None);
    assert_eq!(decoder.offset(), 3);

    let mut decoder = decode_all(&[0x05, 0x80, 0x00, 0x01]);
    assert_eq!(decoder.next(), Some(Ok(5)));
    assert_eq!(
        decoder.next(),
        Some(Err(DecodeError {
            kind: ErrorKind::Overlong,
            offset: 2
        }))
    );
    assert_eq!((decoder.next(), decoder.offset()), (None, 1));
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_signed_value_round_trips_and_small_ones_stay_small(value: i64) {
        prop_assert_eq!(unzigzag(zigzag(value)), value);
        if (-64..64).contains(&value) {
            prop_assert_eq!(encoded_len(zigzag(value)), 1, "{} fits one byte", value);
        }
    }

    #[test]
    fn any_unsigned_value_round_trips_through_unzigzag(value: u64) {
        prop_assert_eq!(zigzag(unzigzag(value)), value);
    }

    #[test]
    fn any_values_then_any_bytes_decode_in_order_and_stop_cleanly(
        values: Vec<u64>,
        tail: Vec<u8>,
    ) {
        let mut bytes = Vec::new();
        for &value in &values {
            encode(value, &mut bytes);
        }
        let encoded = bytes.len();
        bytes.extend_from_slice(&tail);
        let mut decoder = decode_all(&bytes);
        let decoded: Vec<_> = decoder.by_ref().take(values.len()).collect();
        let expected: Vec<_> = values.iter().map(|&v| Ok(v)).collect();
        prop_assert_eq!(decoded, expected);
        prop_assert_eq!(decoder.offset(), encoded);
        // Then the tail: values or one error, and after an error nothing.
        let mut failed = false;
        for item in drain(&mut decoder, &bytes) {
            prop_assert!(!failed, "an item after an error");
            if let Err(e) = item {
                failed = true;
                prop_assert!(e.offset <= bytes.len());
            }
        }
        prop_assert!(decoder.offset() <= bytes.len());
        prop_assert_eq!(failed, decoder.offset() < bytes.len(), "stopped early only on an error");
    }
}
