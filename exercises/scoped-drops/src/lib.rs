//! Exercise: **scoped drops**. Run `cargo workshop check scoped-drops` to see
//! where you are, and `cargo workshop hint scoped-drops` when you are stuck.
//! The tests are in `tests/`: read them.
//!
//! A batch job reads many batches of comma-separated numbers and summarises
//! each one. Step 1: write [`parse_batch_into`]. Step 2: rewrite
//! [`process_batches`] so that it frees each batch's buffers as soon as the
//! batch is done and reuses one buffer, instead of keeping everything alive
//! until it returns, as its starting point in [`naive`] does.
//!
//! Change only the two functions marked `TODO`, in this file. The other files
//! are given: the types and `summarise_sorted` (`given.rs`), the starting point
//! (`naive.rs`) and the tests' input (`workload.rs`) are used as they are.

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (step 1): implement this function; keep its signature.
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
#[allow(unused_variables, clippy::ptr_arg)] // remove this line when you implement the function
pub fn parse_batch_into(
    batch: &str,
    numbers: &mut Vec<u64>,
) -> Result<(), RecordError> {
    todo!("step 1: parse the batch into `numbers`")
}

// TODO (step 2): replace the call below with your own loop; keep the signature
// and the results. As shipped it calls the starting point,
// `naive::process_batches`, which works like C# code that leans on the garbage
// collector: every stage keeps a list per batch, and all of them stay alive
// until it returns. Copy its body here and restructure it: make the peak live
// heap about one batch's numbers, and make fewer allocations than there are
// batches.
/// Summarises every batch, in order, or reports the first bad one.
pub fn process_batches(
    batches: &[String],
) -> Result<Vec<BatchSummary>, BatchError> {
    naive::process_batches(batches)
}
