//! The bit set itself.

use crate::{BitSet, CapacityError, Iter, OutOfRange};

/// Bits in a word.
const BITS: usize = u64::BITS as usize;

/// The word that holds `index`, and the mask of its bit in that word.
fn place(index: usize) -> (usize, u64) {
    (index / BITS, 1 << (index % BITS))
}

impl BitSet {
    // ANCHOR: basics
    /// An empty set of the indexes `0..bits`: one allocation of ⌈bits / 64⌉
    /// words (`bits.div_ceil(64)`: `bits + 63` overflows for the largest
    /// `bits`), or a [`CapacityError`] if that cannot be reserved (never a
    /// panic).
    pub fn with_capacity(bits: usize) -> Result<Self, CapacityError> {
        let count = bits.div_ceil(BITS);
        let mut words = Vec::new();
        // `vec![0; count]` would panic (or abort) on a size the system refuses.
        words
            .try_reserve_exact(count)
            .map_err(|_| CapacityError { bits })?;
        words.resize(count, 0);
        Ok(Self {
            words,
            capacity: bits,
        })
    }

    /// How many indexes the set can hold.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Adds `index`: `Ok(true)` if it was not in the set, `Ok(false)` if it
    /// was, and [`OutOfRange`] at or beyond the capacity.
    pub fn insert(&mut self, index: usize) -> Result<bool, OutOfRange> {
        if index >= self.capacity {
            return Err(OutOfRange {
                index,
                capacity: self.capacity,
            });
        }
        let (word, mask) = place(index);
        let was = self.words[word] & mask;
        self.words[word] |= mask; // read, modify, write: the price of packing
        Ok(was == 0)
    }

    /// Removes `index`: `true` if it was in the set. Beyond the capacity it
    /// does nothing.
    pub fn remove(&mut self, index: usize) -> bool {
        let (word, mask) = place(index);
        self.words.get_mut(word).is_some_and(|word| {
            let was = *word & mask;
            *word &= !mask;
            was != 0
        })
    }

    /// Whether `index` is in the set (`false` beyond the capacity).
    pub fn contains(&self, index: usize) -> bool {
        // Beyond the capacity there is no word, and inside the last word bits
        // stay 0.
        let (word, mask) = place(index);
        self.words.get(word).is_some_and(|word| word & mask != 0)
    }
    // ANCHOR_END: basics

    // ANCHOR: count
    /// How many indexes are in the set.
    pub fn len(&self) -> usize {
        // One `count_ones` per 64 flags: a single POPCNT instruction when the
        // build targets a CPU that has it, vectorised otherwise.
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Whether no index is in the set.
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The indexes in the set, in ascending order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            words: self.words.iter().enumerate(),
            current: 0,
            base: 0,
        }
    }
    // ANCHOR_END: count

    // ANCHOR: set_operations
    /// Adds every index of `other`; the capacity grows to `other`'s if that is
    /// larger.
    pub fn union_with(&mut self, other: &BitSet) {
        self.grow_to(other.capacity);
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word |= theirs;
        }
    }

    /// Keeps only the indexes also in `other`.
    pub fn intersect_with(&mut self, other: &BitSet) {
        let theirs = other.words.iter().chain(std::iter::repeat(&0));
        for (word, theirs) in self.words.iter_mut().zip(theirs) {
            *word &= theirs;
        }
    }

    /// Removes every index of `other`.
    pub fn difference_with(&mut self, other: &BitSet) {
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word &= !theirs;
        }
    }

    /// Keeps the indexes in exactly one of the two sets; the capacity grows to
    /// `other`'s if that is larger.
    pub fn symmetric_difference_with(&mut self, other: &BitSet) {
        self.grow_to(other.capacity);
        for (word, theirs) in self.words.iter_mut().zip(&other.words) {
            *word ^= theirs;
        }
    }

    /// Grows the capacity to `capacity` if that is larger, with the new bits 0.
    /// (`other`'s words exist already, so a set as large is no more than memory
    /// that was there.)
    fn grow_to(&mut self, capacity: usize) {
        self.capacity = self.capacity.max(capacity);
        // Never shorter than before.
        self.words.resize(self.capacity.div_ceil(BITS), 0);
    }
    // ANCHOR_END: set_operations
}

// ANCHOR: iter
impl Iterator for Iter<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.current == 0 {
            // Zero words are skipped whole.
            let (position, &word) = self.words.next()?;
            self.current = word;
            self.base = position * BITS;
        }
        let bit = self.current.trailing_zeros() as usize;
        self.current &= self.current - 1; // clears the lowest set bit
        Some(self.base + bit)
    }
}
// ANCHOR_END: iter
