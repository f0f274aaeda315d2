//! Given code: the types and the helper that the tests use as they are. Do not
//! change this file; the reference solution includes it too (with `#[path]`),
//! so there is one copy.

use std::fmt;

// ANCHOR: types
/// The summary of one batch. An empty batch summarises to all zeros.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchSummary {
    /// How many numbers the batch held.
    pub records: usize,
    /// Their sum (a `u128` cannot overflow for any batch that fits in memory).
    pub sum: u128,
    /// The smallest number.
    pub min: u64,
    /// The largest number.
    pub max: u64,
    /// The lower median: the middle number, or the lower of the two middle
    /// ones.
    pub median: u64,
}
// ANCHOR_END: types

/// Why a record could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordErrorKind {
    /// The record holds something other than the digits 0-9 (a sign, a dot, a
    /// letter).
    NotANumber,
    /// The record is all digits but larger than `u64::MAX`.
    TooLarge,
}

/// A record in a batch that is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordError {
    /// The index of the bad record among the batch's non-empty records, from 0.
    pub record: usize,
    /// What is wrong with it.
    pub kind: RecordErrorKind,
}

/// A batch that could not be processed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchError {
    /// The index of the bad batch, from 0.
    pub batch: usize,
    /// The bad record in it.
    pub error: RecordError,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            RecordErrorKind::NotANumber => {
                "is not a whole number of digits 0-9"
            }
            RecordErrorKind::TooLarge => "is larger than u64::MAX",
        };
        write!(f, "record {} {what}", self.record)
    }
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "batch {}: {}", self.batch, self.error)
    }
}

impl std::error::Error for RecordError {}
impl std::error::Error for BatchError {}

/// Summarises numbers that are already sorted in ascending order.
pub fn summarise_sorted(sorted: &[u64]) -> BatchSummary {
    debug_assert!(sorted.is_sorted(), "summarise_sorted needs sorted input");
    match (sorted.first(), sorted.last()) {
        (Some(&min), Some(&max)) => BatchSummary {
            records: sorted.len(),
            sum: sorted.iter().map(|&n| u128::from(n)).sum(),
            min,
            max,
            median: sorted[(sorted.len() - 1) / 2],
        },
        _ => BatchSummary::default(),
    }
}
