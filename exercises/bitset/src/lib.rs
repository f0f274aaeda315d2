//! Exercise: **bit sets**.
//!
//! Run `cargo workshop check bitset` to see where you are, and `cargo workshop
//! hint bitset` when you are stuck. The tests are in `tests/`: read them.
//!
//! A set of the indexes `0..capacity`, one bit each, packed 64 to a `u64` word:
//! 8× less memory than a `Vec<bool>` (the starting point in `naive.rs`, C#'s
//! `bool[]`). Step 1: the basic operations. Step 2: counting and iterating a
//! word at a time. Step 3: union, intersection and differences, a word at a
//! time.
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the set's fields and its errors (`given.rs`), the `Vec<bool>` baseline
//! (`naive.rs`) and the indexes (`workload.rs`).

#[allow(dead_code)] // remove at step 2, once `iter` uses `Iter`'s fields
mod given;
pub mod naive;
pub mod workload;

pub use given::*;

#[allow(unused_variables)] // remove this line when you implement the methods
impl BitSet {
    // TODO (step 1): the basic operations; keep the signatures.
    /// An empty set of the indexes `0..bits`: one allocation of ⌈bits / 64⌉
    /// words (`bits.div_ceil(64)`: `bits + 63` overflows for the largest
    /// `bits`), or a [`CapacityError`] if that cannot be reserved (never a
    /// panic).
    pub fn with_capacity(bits: usize) -> Result<Self, CapacityError> {
        todo!("step 1: an empty set of `bits` bits")
    }

    /// How many indexes the set can hold.
    pub fn capacity(&self) -> usize {
        todo!("step 1: the capacity")
    }

    /// Adds `index`: `Ok(true)` if it was not in the set, `Ok(false)` if it
    /// was, and [`OutOfRange`] at or beyond the capacity.
    pub fn insert(&mut self, index: usize) -> Result<bool, OutOfRange> {
        todo!("step 1: set one bit")
    }

    /// Removes `index`: `true` if it was in the set. Beyond the capacity it
    /// does nothing.
    pub fn remove(&mut self, index: usize) -> bool {
        todo!("step 1: clear one bit")
    }

    /// Whether `index` is in the set (`false` beyond the capacity).
    pub fn contains(&self, index: usize) -> bool {
        todo!("step 1: test one bit")
    }

    // TODO (step 2): count and iterate a word at a time, not a bit at a time.
    /// How many indexes are in the set.
    pub fn len(&self) -> usize {
        todo!("step 2: count the set bits")
    }

    /// Whether no index is in the set.
    pub fn is_empty(&self) -> bool {
        todo!("step 2: is any bit set?")
    }

    /// The indexes in the set, in ascending order.
    pub fn iter(&self) -> Iter<'_> {
        todo!("step 2: an iterator over the words")
    }

    // TODO (step 3): the set operations, in place, a word at a time; `other`
    // may be smaller or larger.
    /// Adds every index of `other`; the capacity grows to `other`'s if that is
    /// larger.
    pub fn union_with(&mut self, other: &BitSet) {
        todo!("step 3: union")
    }

    /// Keeps only the indexes also in `other`.
    pub fn intersect_with(&mut self, other: &BitSet) {
        todo!("step 3: intersection")
    }

    /// Removes every index of `other`.
    pub fn difference_with(&mut self, other: &BitSet) {
        todo!("step 3: difference")
    }

    /// Keeps the indexes in exactly one of the two sets; the capacity grows to
    /// `other`'s if that is larger.
    pub fn symmetric_difference_with(&mut self, other: &BitSet) {
        todo!("step 3: symmetric difference")
    }
}

// TODO (step 2): the iterator, over the fields of `Iter` (in `given.rs`).
impl Iterator for Iter<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        todo!("step 2: the next set bit")
    }
}
