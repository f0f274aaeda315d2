//! One interface over the two sets, so the demo measures both with the same
//! code.

use bitset::BitSet;
use bitset::naive::BoolSet;

/// What the demo does with a set of flags. Its sizes and indexes are always
/// valid, so the errors of the sets' contract cannot happen here.
pub trait Flags: Sized {
    /// The set's name in a table: its Rust type.
    const NAME: &'static str;
    fn with_capacity(bits: usize) -> Self;
    fn insert(&mut self, index: usize);
    fn contains(&self, index: usize) -> bool;
    /// How many flags are set (named for what it counts, not `len`: no
    /// `is_empty` needed).
    fn count_set(&self) -> usize;
}

impl Flags for BoolSet {
    const NAME: &'static str = "Vec<bool>";
    fn with_capacity(bits: usize) -> Self {
        BoolSet::with_capacity(bits).expect("the demo's sizes fit in memory")
    }
    fn insert(&mut self, index: usize) {
        BoolSet::insert(self, index)
            .expect("the demo's indexes are below the capacity");
    }
    fn contains(&self, index: usize) -> bool {
        BoolSet::contains(self, index)
    }
    fn count_set(&self) -> usize {
        BoolSet::len(self)
    }
}

impl Flags for BitSet {
    const NAME: &'static str = "BitSet";
    fn with_capacity(bits: usize) -> Self {
        BitSet::with_capacity(bits).expect("the demo's sizes fit in memory")
    }
    fn insert(&mut self, index: usize) {
        BitSet::insert(self, index)
            .expect("the demo's indexes are below the capacity");
    }
    fn contains(&self, index: usize) -> bool {
        BitSet::contains(self, index)
    }
    fn count_set(&self) -> usize {
        BitSet::len(self)
    }
}
