//! TODO: the naive baseline vs the solution vs the best ecosystem crate for the
//! job, with divan's allocation counts. Record the results with `just bench
//! string-table`.
//!
//! Run: `cargo bench -p string-table`. CI only compiles it (`cargo bench
//! --no-run`).

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

#[divan::bench]
fn solution() -> Vec<u64> {
    string_table::squares(divan::black_box(string_table::workload::SIZE))
}
