//! TODO: the naive baseline vs the solution vs the best ecosystem crate for the job, with
//! divan's allocation counts. Record the results with `just bench varint`.
//!
//! Run: `cargo bench -p varint`. CI only compiles it (`cargo bench --no-run`).

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn solution() -> Vec<u64> {
    varint::squares(divan::black_box(varint::workload::SIZE))
}
