//! The exercise's batch job, side by side: the starting point, which keeps every stage's lists
//! alive until it returns, and the solution, which reuses one buffer and frees it at the end
//! of its scope. Both are measured with the counting allocator, on the same input.

use measure::{Table, Usage, format};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use scoped_drops::{BatchError, BatchSummary, naive, process_batches};

/// The demo's workload: 32 batches of 4,096 numbers (about 1.8 MB of text).
pub const BATCHES: usize = 32;
pub const NUMBERS_PER_BATCH: usize = 4096;

/// `batches` batches of `per_batch` random numbers below 10^12, as comma-separated text. The
/// same seed gives the same text.
pub fn sample_batches(seed: u64, batches: usize, per_batch: usize) -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..batches)
        .map(|_| {
            let numbers: Vec<String> = (0..per_batch)
                .map(|_| rng.random_range(0..1_000_000_000_000u64).to_string())
                .collect();
            numbers.join(", ")
        })
        .collect()
}

/// Both versions measured on the same input.
#[derive(Debug)]
pub struct Comparison {
    pub naive: Usage,
    pub scoped: Usage,
    /// Whether both returned the same summaries.
    pub identical: bool,
}

/// Runs both versions on `batches` and measures each.
pub fn compare(batches: &[String]) -> Comparison {
    type Run = Result<Vec<BatchSummary>, BatchError>;
    let (naive_result, naive): (Run, Usage) = measure::measure(|| naive::process_batches(batches));
    let (scoped_result, scoped): (Run, Usage) = measure::measure(|| process_batches(batches));
    Comparison {
        naive,
        scoped,
        identical: naive_result == scoped_result,
    }
}

/// Prints the comparison as a side-by-side table.
pub fn print(comparison: &Comparison) {
    let Comparison { naive, scoped, .. } = comparison;
    let mut table = Table::new(["", "keep until return", "scoped + reused", "ratio"]);
    table
        .row([
            "allocations".to_string(),
            format::count(naive.allocations),
            format::count(scoped.allocations),
            format::ratio(naive.allocations, scoped.allocations),
        ])
        .row([
            "bytes allocated".to_string(),
            format::bytes(naive.bytes_allocated),
            format::bytes(scoped.bytes_allocated),
            format::ratio(naive.bytes_allocated, scoped.bytes_allocated),
        ])
        .row([
            "peak live heap".to_string(),
            format::bytes(naive.peak_above_start as u64),
            format::bytes(scoped.peak_above_start as u64),
            format::ratio(
                naive.peak_above_start as u64,
                scoped.peak_above_start as u64,
            ),
        ])
        .row([
            "kept after return".to_string(),
            format::signed_bytes(naive.live_change),
            format::signed_bytes(scoped.live_change),
            String::new(),
        ])
        .row([
            "time".to_string(),
            format::duration(naive.elapsed),
            format::duration(scoped.elapsed),
            String::new(),
        ]);
    print!("{table}");
    let verdict = if comparison.identical {
        "identical"
    } else {
        "DIFFERENT (a bug)"
    };
    println!("Results: {verdict}. 'kept after return' is the returned summaries.");
}

/// What .NET does with the same job.
pub const DOTNET: &str = "\
.NET: the keep-everything version is the natural C# (a List per stage, ToList() after each):
      nothing is freed until the collector runs after the method returns. Reusing one buffer
      (List<T>.Clear() keeps its capacity) helps there too; ArrayPool<T> is .NET's tool for it.";
