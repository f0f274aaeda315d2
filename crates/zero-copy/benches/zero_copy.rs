//! TODO: the naive baseline vs the solution vs the best ecosystem crate for the
//! job, with divan's allocation counts. Record the results with `just bench
//! zero-copy`.
//!
//! Run: `cargo bench -p zero-copy`. CI only compiles it (`cargo bench
//! --no-run`).

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn solution() -> Vec<u64> {
    zero_copy::squares(divan::black_box(zero_copy::workload::SIZE))
}
