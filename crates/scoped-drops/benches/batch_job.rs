//! The batch job three ways, with divan's allocation counts:
//! - `keep_until_return`: the exercise's starting point (a list per stage, all
//!   kept);
//! - `scoped_and_reused`: the solution (one buffer, cleared per batch, sorted
//!   in place);
//! - `bumpalo_reset_per_batch`: the ecosystem's answer to "free a batch's
//!   memory at once", an arena reset after each batch (the arenas module goes
//!   further).
//!
//! Run: `cargo bench -p scoped-drops --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use bumpalo::Bump;
use scoped_drops::workload::{BATCHES, NUMBERS_PER_BATCH, sample_batches};
use scoped_drops::{
    BatchSummary, naive, parse_record, process_batches, summarise_sorted,
};

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

fn input() -> Vec<String> {
    sample_batches(42, BATCHES, NUMBERS_PER_BATCH).texts
}

#[divan::bench]
fn keep_until_return(bencher: divan::Bencher) {
    let batches = input();
    bencher.bench_local(|| naive::process_batches(&batches));
}

#[divan::bench]
fn scoped_and_reused(bencher: divan::Bencher) {
    let batches = input();
    bencher.bench_local(|| process_batches(&batches));
}

/// The arena version: a fresh arena per run (as the other versions start from
/// nothing), a vector per batch allocated in it with the same parsing rules,
/// and one `reset` to free the batch. The bench data is valid, so errors are
/// not mapped.
#[divan::bench]
fn bumpalo_reset_per_batch(bencher: divan::Bencher) {
    let batches = input();
    bencher.bench_local(|| {
        let mut arena = Bump::new();
        let mut summaries: Vec<BatchSummary> =
            Vec::with_capacity(batches.len());
        for batch in &batches {
            arena.reset();
            let mut numbers = bumpalo::collections::Vec::new_in(&arena);
            let records = batch
                .split([',', '\n'])
                .map(str::trim)
                .filter(|r| !r.is_empty());
            for record in records {
                numbers.push(
                    parse_record(record).expect("the bench data is valid"),
                );
            }
            numbers.sort_unstable();
            summaries.push(summarise_sorted(&numbers));
        }
        summaries
    });
}
