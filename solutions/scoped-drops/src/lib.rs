//! Reference solution of the **scoped drops** exercise.
//!
//! A batch job reads many batches of comma-separated numbers and summarises
//! each one. The starting point ([`naive::process_batches`]) works like C# code
//! that leans on the garbage collector: each stage builds a list for every
//! batch, and nothing is released until the method returns. Here each batch is
//! parsed into one reused buffer, sorted in place and summarised, so only one
//! batch's numbers are ever alive.
//!
//! The given code (types, the starting point, the workload) is the exercise's
//! own files, included here, so there is one copy of each.

#[path = "../../../exercises/scoped-drops/src/given.rs"]
mod given;
#[path = "../../../exercises/scoped-drops/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/scoped-drops/src/workload.rs"]
pub mod workload;

pub use given::*;

// ANCHOR: parse_record
/// Reads one record: ASCII digits only, at most `u64::MAX`. (Public for the
/// benchmarks, which parse the same way.)
pub fn parse_record(text: &str) -> Result<u64, RecordErrorKind> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RecordErrorKind::NotANumber);
    }
    text.parse().map_err(|_| RecordErrorKind::TooLarge)
}
// ANCHOR_END: parse_record

// ANCHOR: parse_batch_into
/// Parses `batch` into `numbers`, replacing what `numbers` held but keeping its
/// capacity: called with the same buffer for every batch, it stops allocating
/// once the buffer is as large as the largest batch.
///
/// Records are separated by commas or line breaks (`\n`); whitespace around a
/// record (spaces, tabs, the `\r` of a Windows line end) and empty records are
/// ignored. A record is the digits 0-9 only: a sign, a dot or a letter is
/// `NotANumber`, and digits worth more than `u64::MAX` are `TooLarge`. `record`
/// in the error counts non-empty records from 0. On error `numbers` holds the
/// records before the bad one.
pub fn parse_batch_into(
    batch: &str,
    numbers: &mut Vec<u64>,
) -> Result<(), RecordError> {
    // Length 0, capacity unchanged: like List<T>.Clear() in .NET.
    numbers.clear();
    let records = batch
        .split([',', '\n'])
        .map(str::trim)
        .filter(|r| !r.is_empty());
    for (record, text) in records.enumerate() {
        let value =
            parse_record(text).map_err(|kind| RecordError { record, kind })?;
        numbers.push(value);
    }
    Ok(())
}
// ANCHOR_END: parse_batch_into

// ANCHOR: process_batches
/// Summarises every batch, in order, or reports the first bad one.
#[cfg(not(feature = "naive-baseline"))]
pub fn process_batches(
    batches: &[String],
) -> Result<Vec<BatchSummary>, BatchError> {
    // One buffer serves every batch: it is parsed into, sorted in place and
    // summarised, then reused. The peak live heap is one batch's numbers plus
    // the summaries.
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
