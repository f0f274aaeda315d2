//! Given code: the set's representation and the errors of its contract. Do not
//! change this file; the reference solution includes it too (with `#[path]`),
//! so there is one copy.

use std::fmt;

// ANCHOR: errors
/// `with_capacity` could not reserve room for that many bits: more than the
/// address space, or more than the system would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapacityError {
    pub bits: usize,
}

/// `insert` was given an index at or beyond the set's capacity. A set of
/// capacity `n` holds the indexes `0..n`; it never grows on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange {
    pub index: usize,
    pub capacity: usize,
}
// ANCHOR_END: errors

impl fmt::Display for CapacityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot reserve room for {} bits", self.bits)
    }
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "index {} is beyond the set's capacity of {}",
            self.index, self.capacity
        )
    }
}

impl std::error::Error for CapacityError {}
impl std::error::Error for OutOfRange {}

// ANCHOR: struct
/// A set of the indexes `0..capacity`, a bit each. The contract, for any
/// `usize`: `insert` beyond the capacity is an [`OutOfRange`] error (the set
/// never grows on its own); there, `contains` is `false` and `remove` does
/// nothing, because no such index can be in the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BitSet {
    /// Index `i` is bit `i % 64` of `words[i / 64]`. Bits at or beyond
    /// `capacity` stay 0.
    pub(crate) words: Vec<u64>,
    /// How many indexes the set can hold: `0..capacity`.
    pub(crate) capacity: usize,
}

/// The indexes of a [`BitSet`], in ascending order: see `BitSet::iter`.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    /// The words not yet looked at, with their positions.
    pub(crate) words: std::iter::Enumerate<std::slice::Iter<'a, u64>>,
    /// What is left of the current word: its set bits not yet returned.
    pub(crate) current: u64,
    /// The index of the current word's bit 0.
    pub(crate) base: usize,
}
// ANCHOR_END: struct
