//! The demo's baselines. Do not change this file: the demo, the benchmarks and
//! the workshop's own checks use it, through the reference solution.
//!
//! - Fixed width: every value in 8 bytes, as `BinaryWriter.Write(long)` writes
//!   it. Simple and fast, and most of the bytes are zeros when most values are
//!   small.
//! - A varint in a `Vec` of its own: the widely copied article's `encode`
//!   returned a new `Vec<u8>` per value. Correct bytes, and an allocation per
//!   value, which the allocation test catches (the workshop's own checks
//!   prove it on this one).

// ANCHOR: fixed
/// Appends `value` to `out` in 8 bytes, little-endian.
pub fn encode_fixed(value: u64, out: &mut Vec<u8>) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// The values of `bytes` taken 8 at a time (a shorter rest is ignored).
pub fn decode_fixed(bytes: &[u8]) -> impl Iterator<Item = u64> + '_ {
    bytes
        .chunks_exact(8)
        .map(|chunk| u64::from_le_bytes(chunk.try_into().expect("chunks of 8")))
}
// ANCHOR_END: fixed

// ANCHOR: vec_per_value
/// The varint of `value` in a new `Vec`: an allocation per value.
pub fn encode_to_vec(mut value: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    while value >= 0x80 {
        bytes.push(value as u8 | 0x80);
        value >>= 7;
    }
    bytes.push(value as u8);
    bytes
}

/// Appends the varint of `value` to `out`, through a `Vec` of its own.
pub fn encode_through_a_vec(value: u64, out: &mut Vec<u8>) {
    out.extend_from_slice(&encode_to_vec(value));
}
// ANCHOR_END: vec_per_value
