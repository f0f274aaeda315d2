//! Encoding: 7 bits a byte.

use crate::MAX_LEN;

// ANCHOR: encoded_len
/// How many bytes the varint of `value` takes: 1 to [`MAX_LEN`]. Its significant bits,
/// 7 to a byte (0 has none and still takes one byte).
#[inline]
pub fn encoded_len(value: u64) -> usize {
    let bits = u64::BITS - (value | 1).leading_zeros();
    bits.div_ceil(7) as usize
}
// ANCHOR_END: encoded_len

// ANCHOR: encode
/// Writes the varint of `value` at the start of `buf` and returns its length.
#[inline]
pub fn encode_into(mut value: u64, buf: &mut [u8; MAX_LEN]) -> usize {
    let mut len = 0;
    while value >= 0x80 {
        buf[len] = value as u8 | 0x80; // the low 7 bits, and "more follows"
        value >>= 7;
        len += 1;
    }
    buf[len] = value as u8;
    len + 1
}

/// Appends the varint of `value` to `out`, allocating nothing but `out`'s own growth.
#[inline]
pub fn encode(value: u64, out: &mut Vec<u8>) {
    let mut buf = [0; MAX_LEN];
    let len = encode_into(value, &mut buf);
    out.extend_from_slice(&buf[..len]);
}
// ANCHOR_END: encode
