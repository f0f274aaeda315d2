//! The naive way, and the demo's baseline: a flag per item as a `Vec<bool>`, a
//! byte per flag, as C#'s `bool[]` is. The same contract as `BitSet`. Do not
//! change this file: the demo, the benchmarks and the workshop's own checks
//! (which prove the heap test fails on it) use it, through the reference
//! solution.

use crate::{CapacityError, OutOfRange};

// ANCHOR: bool_set
/// A set of the indexes `0..capacity` as one `bool` (one byte) per index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoolSet {
    flags: Vec<bool>,
}

impl BoolSet {
    /// An empty set of the indexes `0..bits`: one allocation of `bits` bytes.
    pub fn with_capacity(bits: usize) -> Result<Self, CapacityError> {
        let mut flags = Vec::new();
        flags
            .try_reserve_exact(bits)
            .map_err(|_| CapacityError { bits })?;
        flags.resize(bits, false);
        Ok(Self { flags })
    }

    /// How many indexes the set can hold.
    pub fn capacity(&self) -> usize {
        self.flags.len()
    }

    /// Adds `index`: `Ok(true)` if it was not there.
    pub fn insert(&mut self, index: usize) -> Result<bool, OutOfRange> {
        let capacity = self.capacity();
        let flag = self
            .flags
            .get_mut(index)
            .ok_or(OutOfRange { index, capacity })?;
        Ok(!std::mem::replace(flag, true))
    }

    /// Removes `index`: `true` if it was there.
    pub fn remove(&mut self, index: usize) -> bool {
        self.flags
            .get_mut(index)
            .is_some_and(|flag| std::mem::replace(flag, false))
    }

    /// Whether `index` is in the set.
    pub fn contains(&self, index: usize) -> bool {
        self.flags.get(index).is_some_and(|&flag| flag)
    }

    /// How many indexes are in the set: a look at every byte.
    pub fn len(&self) -> usize {
        self.flags.iter().filter(|&&flag| flag).count()
    }

    /// Whether no index is in the set.
    pub fn is_empty(&self) -> bool {
        !self.flags.contains(&true)
    }

    /// The indexes in the set, in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (self.flags.iter().enumerate())
            .filter_map(|(index, &flag)| flag.then_some(index))
    }

    /// Adds every index of `other`; the capacity grows to `other`'s if that is
    /// larger.
    pub fn union_with(&mut self, other: &BoolSet) {
        self.grow_to(other.capacity());
        for (mine, theirs) in self.flags.iter_mut().zip(&other.flags) {
            *mine |= theirs;
        }
    }

    /// Keeps only the indexes also in `other`.
    pub fn intersect_with(&mut self, other: &BoolSet) {
        for (index, mine) in self.flags.iter_mut().enumerate() {
            *mine &= other.contains(index);
        }
    }

    /// Removes every index of `other`.
    pub fn difference_with(&mut self, other: &BoolSet) {
        for (mine, theirs) in self.flags.iter_mut().zip(&other.flags) {
            *mine &= !theirs;
        }
    }

    /// Keeps the indexes in exactly one of the two sets; the capacity grows to
    /// `other`'s if that is larger.
    pub fn symmetric_difference_with(&mut self, other: &BoolSet) {
        self.grow_to(other.capacity());
        for (mine, theirs) in self.flags.iter_mut().zip(&other.flags) {
            *mine ^= theirs;
        }
    }

    fn grow_to(&mut self, capacity: usize) {
        if capacity > self.flags.len() {
            self.flags.resize(capacity, false);
        }
    }
}
// ANCHOR_END: bool_set
