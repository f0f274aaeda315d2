//! ZigZag: signed values as unsigned ones that stay small near 0.

// ANCHOR: zigzag
/// A signed value as an unsigned one that is small when the value is near 0: 0,
/// -1, 1, -2, 2, … become 0, 1, 2, 3, 4, …
pub fn zigzag(value: i64) -> u64 {
    // The sign goes to bit 0: `value << 1`, flipped all over when negative
    // (`value >> 63` is all ones for a negative value, an arithmetic shift).
    ((value << 1) ^ (value >> 63)) as u64
}

/// The signed value [`zigzag`] made `value` from.
pub fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}
// ANCHOR_END: zigzag
