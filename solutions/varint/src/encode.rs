//! Encoding: 7 bits a byte.

use crate::MAX_LEN;

// ANCHOR: encoded_len
/// How many bytes the varint of `value` takes: 1 to [`MAX_LEN`].
#[inline]
pub fn encoded_len(value: u64) -> usize {
    // Its significant bits, 7 to a byte (0 has none and still takes one byte).
    let bits = u64::BITS - (value | 1).leading_zeros();
    bits.div_ceil(7) as usize
}
// ANCHOR_END: encoded_len

// ANCHOR: encode
/// Hands the varint of `value` to `emit`, a byte at a time: the low 7 bits
/// first, with the top bit set on every byte but the last ("more follows").
/// Nine bytes carry 63 bits, so the tenth is the last: the loop is bounded by
/// the format, not only by the value.
#[inline(always)]
fn each_byte(mut value: u64, mut emit: impl FnMut(u8)) {
    for _ in 1..MAX_LEN {
        if value < 0x80 {
            break;
        }
        emit(value as u8 | 0x80);
        value >>= 7;
    }
    emit(value as u8);
}

// Unused when the naive baseline's `encode` replaces it.
#[cfg_attr(feature = "naive-baseline", allow(dead_code))]
/// Appends the varint of `value` to `out`, allocating nothing but `out`'s own
/// growth.
#[inline]
pub fn encode(value: u64, out: &mut Vec<u8>) {
    each_byte(value, |byte| out.push(byte));
}

/// Writes the varint of `value` at the start of `buf` and returns its length.
#[inline]
pub fn encode_into(value: u64, buf: &mut [u8; MAX_LEN]) -> usize {
    let mut len = 0;
    each_byte(value, |byte| {
        buf[len] = byte;
        len += 1;
    });
    len
}
// ANCHOR_END: encode
