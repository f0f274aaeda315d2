//! TODO: the naive baseline vs the solution vs the best ecosystem crate for the
//! job, with divan's allocation counts. Record the results with `just bench
//! profiling`.
//!
//! Run: `cargo bench -p profiling`. CI only compiles it (`cargo bench
//! --no-run`).

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn solution() -> Vec<u64> {
    profiling::squares(divan::black_box(profiling::workload::SIZE))
}
