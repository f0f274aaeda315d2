//! Step 1: encode, 7 bits a byte, low bits first, the top bit set on every byte
//! but the last.

mod common;

use common::{KNOWN, hex, proptest_config};
use proptest::prelude::*;
use varint::{MAX_LEN, encode, encode_into, encoded_len};

#[test]
fn known_values_encode_to_known_bytes() {
    for &(value, bytes) in KNOWN {
        let mut out = Vec::new();
        encode(value, &mut out);
        assert_eq!(hex(&out), hex(bytes), "the varint of {value}");
    }
}

#[test]
fn encode_appends_to_what_the_buffer_holds() {
    let mut out = vec![0xEE];
    encode(300, &mut out);
    encode(1, &mut out);
    assert_eq!(
        hex(&out),
        "EE AC 02 01",
        "the old byte kept, then 300, then 1"
    );
}

#[test]
fn encode_into_writes_at_the_start_and_returns_the_length() {
    for &(value, bytes) in KNOWN {
        let mut buf = [0xEE; MAX_LEN];
        let len = encode_into(value, &mut buf);
        assert_eq!(hex(&buf[..len]), hex(bytes), "the varint of {value}");
    }
}

#[test]
fn encoded_len_changes_at_each_power_of_128() {
    assert_eq!(encoded_len(0), 1, "0 still takes a byte");
    for bytes in 1..MAX_LEN {
        let largest = (1u64 << (7 * bytes)) - 1;
        assert_eq!(encoded_len(largest), bytes, "2^{} - 1", 7 * bytes);
        assert_eq!(encoded_len(largest + 1), bytes + 1, "2^{}", 7 * bytes);
    }
    assert_eq!(encoded_len(u64::MAX), MAX_LEN);
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_value_has_encoded_len_bytes_all_but_the_last_saying_more_follows(value: u64) {
        let mut out = Vec::new();
        encode(value, &mut out);
        prop_assert_eq!(out.len(), encoded_len(value));
        let (last, rest) = out.split_last().expect("at least one byte");
        prop_assert!(rest.iter().all(|b| b & 0x80 != 0), "{}: a byte before the last lacks 0x80", hex(&out));
        prop_assert!(last & 0x80 == 0, "{}: the last byte has 0x80", hex(&out));
        let mut buf = [0; MAX_LEN];
        let len = encode_into(value, &mut buf);
        prop_assert_eq!(&buf[..len], &out[..], "encode_into and encode agree");
    }
}
