//! 100,000 of the workload's orders loaded and one in four kept, each way of
//! the demo (`fragmentation_demo::ways`), and the exercise's solution (the open
//! orders by value, in one `Vec`), with divan's allocation counts. Time is not
//! the lesson here (memory is, and the demo measures it); the bench shows what
//! each way costs to get there: the boxes make an allocation per order,
//! bumpalo's arena a few dozen chunks, the `Vec` and the pool a handful. `just
//! bench fragmentation` records the results, with the machine, in
//! docs/src/runs/fragmentation-bench.txt; the chapter shows them.
//!
//! Run: `cargo bench -p fragmentation --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use divan::{Bencher, black_box};
use fragmentation::workload::{SEED, orders};
use fragmentation_demo::ways;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// Orders per sample: a twentieth of the demo's.
const COUNT: usize = 100_000;

/// One in four kept.
const KEEP: u64 = 4;

#[divan::bench]
fn boxes(bencher: Bencher) {
    bencher.bench(|| ways::boxes(orders(black_box(SEED), COUNT), KEEP));
}

#[divan::bench]
fn compaction(bencher: Bencher) {
    bencher.bench(|| ways::compaction(orders(black_box(SEED), COUNT), KEEP));
}

#[divan::bench]
fn bumpalo_arena(bencher: Bencher) {
    bencher.bench(|| ways::arena(orders(black_box(SEED), COUNT), KEEP));
}

#[divan::bench]
fn pool(bencher: Bencher) {
    bencher.bench(|| ways::pool(orders(black_box(SEED), COUNT), KEEP));
}

#[divan::bench]
fn by_value_solution(bencher: Bencher) {
    bencher.bench(|| {
        fragmentation::load_open_orders(orders(black_box(SEED), COUNT))
    });
}
