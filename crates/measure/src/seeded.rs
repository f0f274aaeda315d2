//! The one seeded generator the demos' workloads draw from, written the same way in C#
//! (`dotnet-comparison/Shared/SplitMix64.cs`), so a Rust demo and its .NET twin given the same
//! seed do the same work, size for size. Two library generators (Rust's `rand`, .NET's
//! `System.Random`) would not: their algorithms differ, and .NET's changed between versions.
//!
//! SplitMix64 (Steele, Lea and Flood, 2014) is a few lines of wrapping arithmetic: easy to
//! write identically in any language, and good enough to pick sizes for a demo. It is not for
//! cryptography.

use std::ops::RangeInclusive;

/// SplitMix64: a 64-bit state, a Weyl increment and a mixing function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// The generator for `seed`: the same seed gives the same sequence, in Rust and in C#.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `range`, both ends included: the start plus the next value modulo the
    /// range's length. (The modulo favours small remainders by less than one part in 2^40 for
    /// the ranges the demos use; what matters is that C# computes exactly the same.)
    pub fn in_range(&mut self, range: RangeInclusive<u64>) -> u64 {
        let (start, end) = range.into_inner();
        let span = end.wrapping_sub(start).wrapping_add(1);
        let next = self.next_u64();
        if span == 0 {
            next // the whole u64 range
        } else {
            start + next % span
        }
    }

    /// `count` indexes drawn uniformly from `0..below` (`below` at least 1) by the generator
    /// for `seed`: the positions a workload touches. C#: `SplitMix64.Indexes`.
    pub fn indexes(seed: u64, count: usize, below: usize) -> Vec<usize> {
        let mut rng = Self::new(seed);
        let last = below.max(1) as u64 - 1;
        (0..count)
            .map(|_| rng.in_range(0..=last) as usize)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_are_the_sequence_taken_below_the_bound() {
        let mut rng = SplitMix64::new(9);
        let expected: Vec<usize> = (0..50).map(|_| rng.in_range(0..=6) as usize).collect();
        assert_eq!(SplitMix64::indexes(9, 50, 7), expected);
        assert!(expected.iter().all(|&i| i < 7) && expected.contains(&6));
        assert_eq!(
            SplitMix64::indexes(1, 3, 0),
            [0, 0, 0],
            "a bound of 0 is taken as 1"
        );
        assert!(SplitMix64::indexes(1, 0, 10).is_empty());
    }

    #[test]
    fn matches_the_published_sequence() {
        // The reference implementation's first outputs for seed 0 (and the C# twin's).
        let mut rng = SplitMix64::new(0);
        let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        assert_eq!(
            first,
            [
                0xE220_A839_7B1D_CDAF,
                0x6E78_9E6A_A1B9_65F4,
                0x06C4_5D18_8009_454F
            ]
        );
        assert_eq!(SplitMix64::new(42).next_u64(), 0xBDD7_3226_2FEB_6E95);
    }

    #[test]
    fn ranges_include_both_ends_and_nothing_outside() {
        let mut rng = SplitMix64::new(7);
        let values: Vec<u64> = (0..2000).map(|_| rng.in_range(3..=5)).collect();
        assert!(values.iter().all(|v| (3..=5).contains(v)));
        for end in [3, 4, 5] {
            assert!(values.contains(&end), "{end} never came up");
        }
        assert_eq!(SplitMix64::new(1).in_range(9..=9), 9);
        let mut whole = SplitMix64::new(0);
        assert_eq!(whole.in_range(0..=u64::MAX), 0xE220_A839_7B1D_CDAF);
        // The same formula as C#: start + next % span.
        let mut a = SplitMix64::new(99);
        let mut b = SplitMix64::new(99);
        assert_eq!(a.in_range(100..=1000), 100 + b.next_u64() % 901);
    }
}
