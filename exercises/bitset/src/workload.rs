//! Given code: the module's one workload. The demo, the benchmarks, the tests
//! and the C# twin (`dotnet-comparison/Bitset`, with the same generator) all
//! draw their indexes here. Do not change this file; the reference solution
//! includes it too (with `#[path]`).

use measure::SplitMix64;

/// How many flags the demo's sets hold.
pub const FLAGS: usize = 10_000_000;

/// How many random indexes the demo inserts, and then looks up.
pub const TOUCHES: usize = 1_000_000;

/// The seed of the demo's indexes: the same seed gives the same indexes, in
/// Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

// ANCHOR: indexes
/// `count` indexes drawn uniformly from `0..below` (`below` at least 1),
/// seeded.
pub fn indexes(seed: u64, count: usize, below: usize) -> Vec<usize> {
    SplitMix64::indexes(seed, count, below)
}
// ANCHOR_END: indexes
