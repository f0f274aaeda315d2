//! Reference solution of the **scoped drops** exercise.
//!
//! A batch job reads many batches of comma-separated numbers and summarises each one. The
//! starting point ([`naive::process_batches`]) works like C# code that leans on the garbage
//! collector: each stage builds a list for every batch, and nothing is released until the
//! method returns. Here each batch is parsed into one reused buffer, sorted in place and
//! summarised, so only one batch's numbers are ever alive.

use std::fmt;

pub mod naive;

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
    /// The lower median: the middle number, or the lower of the two middle ones.
    pub median: u64,
}
// ANCHOR_END: types

/// Why a record could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordErrorKind {
    /// The record holds something other than the digits 0-9 (a sign, a dot, a letter).
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
            RecordErrorKind::NotANumber => "is not a whole number of digits 0-9",
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

/// Reads one record: ASCII digits only, at most `u64::MAX`. (Public for the benchmarks, which
/// parse the same way.)
pub fn parse_record(text: &str) -> Result<u64, RecordErrorKind> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RecordErrorKind::NotANumber);
    }
    text.parse().map_err(|_| RecordErrorKind::TooLarge)
}

// ANCHOR: parse_batch_into
/// Step 1. Parses `batch` into `numbers`, replacing what `numbers` held but keeping its
/// capacity: called with the same buffer for every batch, it stops allocating once the buffer
/// is as large as the largest batch.
///
/// Records are separated by commas or line breaks; spaces around a record and empty records
/// are ignored. On error `numbers` holds the records before the bad one.
pub fn parse_batch_into(batch: &str, numbers: &mut Vec<u64>) -> Result<(), RecordError> {
    numbers.clear(); // length 0, capacity unchanged: like List<T>.Clear() in .NET
    let records = batch
        .split([',', '\n'])
        .map(str::trim)
        .filter(|r| !r.is_empty());
    for (record, text) in records.enumerate() {
        let value = parse_record(text).map_err(|kind| RecordError { record, kind })?;
        numbers.push(value);
    }
    Ok(())
}
// ANCHOR_END: parse_batch_into

// ANCHOR: process_batches
/// Step 2. Summarises every batch, in order, or reports the first bad one.
///
/// One buffer serves every batch: it is parsed into, sorted in place and summarised, then
/// reused. Its peak live heap is one batch's numbers plus the summaries.
#[cfg(not(feature = "naive-baseline"))]
pub fn process_batches(batches: &[String]) -> Result<Vec<BatchSummary>, BatchError> {
    let mut summaries = Vec::with_capacity(batches.len());
    let mut numbers = Vec::new(); // one buffer, reused for every batch
    for (index, batch) in batches.iter().enumerate() {
        parse_batch_into(batch, &mut numbers).map_err(|error| BatchError {
            batch: index,
            error,
        })?;
        numbers.sort_unstable(); // in place: no sorted copy
        summaries.push(summarise_sorted(&numbers));
    }
    Ok(summaries)
} // `numbers` is dropped here, at the end of its scope: no collector needed
// ANCHOR_END: process_batches

#[cfg(feature = "naive-baseline")]
pub use naive::process_batches;
