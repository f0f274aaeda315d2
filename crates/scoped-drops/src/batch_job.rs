//! The exercise's batch job, side by side: the starting point, which keeps
//! every stage's lists alive until it returns, and the solution, which reuses
//! one buffer and frees it at the end of its scope. Both are measured with the
//! counting allocator, on the same input.

use measure::{Table, Usage, format};
use scoped_drops::{BatchError, BatchSummary, naive, process_batches};

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
    let (naive_result, naive): (Run, Usage) =
        measure::measure(|| naive::process_batches(batches));
    let (scoped_result, scoped): (Run, Usage) =
        measure::measure(|| process_batches(batches));
    Comparison {
        naive,
        scoped,
        identical: naive_result == scoped_result,
    }
}

/// Prints the comparison as a side-by-side table.
pub fn print(comparison: &Comparison) {
    let Comparison { naive, scoped, .. } = comparison;
    let mut table =
        Table::new(["", "keep until return", "scoped + reused", "ratio"]);
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
        ]);
    print!("{table}");
    let verdict = if comparison.identical {
        "identical"
    } else {
        "DIFFERENT (a bug)"
    };
    println!(
        "Results: {verdict}. 'kept after return' is the returned summaries.\nNo time \
         here: on this job the lesson is memory (the chapter's benchmark\nhas the times)."
    );
}

/// What .NET does with the same job.
pub const DOTNET: &str = "\
.NET: the keep-everything version is the natural C# (a List per stage,
      ToList() after each): nothing is freed until the collector runs after
      the method returns. Reusing one buffer (List<T>.Clear() keeps its
      capacity) helps there too; ArrayPool<T> is .NET's tool for it.";
