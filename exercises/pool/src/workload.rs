//! Given code: the module's one workload, a churn of short-lived objects. The
//! demo, the benchmarks, the tests and the C# twin (`dotnet-comparison/Pool`,
//! with the same generator) all run it, so they measure the same work. Do not
//! change this file; the reference solution includes it too (with `#[path]`).

use measure::SplitMix64;

/// How many objects are alive at once.
pub const LIVE: usize = 100_000;

/// How many remove + insert cycles the churn makes after the pool is full.
pub const CYCLES: usize = 1_000_000;

/// The seed of the churn: the same seed, the same churn, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

// ANCHOR: particle
/// A small object of the kind a game or a simulation churns through: 40 bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Particle {
    pub position: [f32; 3],
    pub velocity: [f32; 3],
    pub id: u64,
    pub age: u64,
}
// ANCHOR_END: particle

impl Particle {
    /// The particle numbered `id`.
    pub fn new(id: u64) -> Self {
        let f = id as f32;
        Self {
            position: [f, f * 0.5, f * 0.25],
            velocity: [1.0, -1.0, 0.5],
            id,
            age: 0,
        }
    }
}

// ANCHOR: victims
/// Which live object each churn cycle removes: `cycles` positions, each below
/// `live`, seeded. (A cycle removes the object at that position of the list of
/// live handles, moves the last one into its place, and inserts a new object at
/// the end.)
pub fn victims(seed: u64, cycles: usize, live: usize) -> Vec<usize> {
    SplitMix64::indexes(seed, cycles, live)
}
// ANCHOR_END: victims
