//! Step 2's starting point: the batch job as C# code that leans on the garbage
//! collector would write it. It works, and it is what
//! [`crate::process_batches`] calls until you replace it. Do not change this
//! file: the demo, the benchmarks and the workshop's own checks (which prove
//! the memory tests fail on it) use it as the naive baseline, through the
//! reference solution.

use crate::{BatchError, BatchSummary, parse_batch_into, summarise_sorted};

// ANCHOR: naive
/// Stage by stage, like a LINQ pipeline with a `ToList()` after each stage:
/// every stage keeps a list per batch, and all of them stay alive until the
/// function returns.
pub fn process_batches(
    batches: &[String],
) -> Result<Vec<BatchSummary>, BatchError> {
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
// ANCHOR_END: naive
