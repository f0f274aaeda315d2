//! The demo's 200,000 orders reported on by the program as shipped and as
//! fixed (one pass, totals keyed by slices of the input). `just bench
//! profiling` records the results, with the machine, in
//! docs/src/runs/profiling-bench.txt; the chapter shows them. No crate does
//! this module's job (finding the allocations is the lesson): the rival is
//! the program as shipped. The module's goals are the heap's: a number of
//! allocations that does not grow with the orders, and a peak at least 10×
//! lower. The time is reported beside them: removing an allocation saves what
//! it cost, and no more.
//!
//! Run: `cargo bench -p profiling --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use divan::{Bencher, black_box};
use profiling::workload::{ORDERS, SEED, orders};
use profiling::{naive, report};
use std::sync::LazyLock;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

static INPUT: LazyLock<String> = LazyLock::new(|| orders(SEED, ORDERS));

/// The whole report of the day's orders.
mod report_of_a_day {
    use super::*;

    #[divan::bench(sample_count = 20)]
    fn shipped(bencher: Bencher) {
        let input = &*INPUT;
        bencher.bench_local(|| naive::report(black_box(input)));
    }

    #[divan::bench(sample_count = 20)]
    fn fixed(bencher: Bencher) {
        let input = &*INPUT;
        bencher.bench_local(|| report(black_box(input)));
    }
}
