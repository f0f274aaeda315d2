//! Exercise: **scoped drops**. Run `workshop check scoped-drops` to see where you are and
//! `workshop hint scoped-drops` when you are stuck. The tests are in `tests/`: read them.
//!
//! A batch job reads many batches of comma-separated numbers and summarises each one.
//! Step 1: write [`parse_batch_into`]. Step 2: restructure [`process_batches`] so that it
//! frees each batch's buffers as soon as the batch is done and reuses one buffer, instead of
//! keeping everything alive until it returns.
//!
//! Change only the two functions marked `TODO`; the types and `summarise_sorted` are used by
//! the tests as they are.

use std::fmt;

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

// TODO (step 1): implement this function; keep its signature.
/// Parses `batch` into `numbers`, replacing what `numbers` held but keeping its capacity:
/// called with the same buffer for every batch, it stops allocating once the buffer is as
/// large as the largest batch.
///
/// Records are separated by commas or line breaks (`\n`; a `\r` before it is a space);
/// spaces around a record and empty records are ignored. A record is the digits 0-9 only: a
/// sign, a dot or a letter is `NotANumber`, and digits worth more than `u64::MAX` are
/// `TooLarge`. `record` in the error counts non-empty records from 0. On error `numbers`
/// holds the records before the bad one.
#[allow(unused_variables, clippy::ptr_arg)] // remove this line when you implement the function
pub fn parse_batch_into(batch: &str, numbers: &mut Vec<u64>) -> Result<(), RecordError> {
    todo!("step 1: parse the batch into `numbers`")
}

// TODO (step 2): restructure this function; keep its signature and its results.
/// Summarises every batch, in order, or reports the first bad one.
///
/// It works, but like C# code that leans on the garbage collector: every stage keeps a list
/// per batch, and all of them stay alive until the function returns. Make its peak live heap
/// about one batch's numbers, and make fewer allocations than there are batches.
pub fn process_batches(batches: &[String]) -> Result<Vec<BatchSummary>, BatchError> {
    // Stage 1: parse every batch.
    let mut parsed: Vec<Vec<u64>> = Vec::new();
    for (index, batch) in batches.iter().enumerate() {
        let mut numbers = Vec::new();
        parse_batch_into(batch, &mut numbers).map_err(|error| BatchError {
            batch: index,
            error,
        })?;
        parsed.push(numbers);
    }
    // Stage 2: sort a copy of every batch.
    let mut sorted: Vec<Vec<u64>> = Vec::new();
    for numbers in &parsed {
        let mut copy = numbers.clone();
        copy.sort_unstable();
        sorted.push(copy);
    }
    // Stage 3: summarise.
    Ok(sorted
        .iter()
        .map(|numbers| summarise_sorted(numbers))
        .collect())
}
