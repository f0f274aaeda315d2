//! Given code: the module's one workload, a million integers of the kind real
//! data holds: mostly small, with a long tail. The demo, the benchmarks, the
//! tests and the C# twin (`dotnet-comparison/Varint`, with the same generator)
//! all use it, so they measure the same values. Do not change this file; the
//! reference solution includes it too (with `#[path]`).

use measure::SplitMix64;

/// How many values the demo encodes and decodes.
pub const COUNT: usize = 1_000_000;

/// The seed of the values: the same seed, the same values, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

// ANCHOR: values
/// `count` values, seeded: half of them need one byte as a varint (below 128),
/// a quarter two bytes, an eighth three, and so on (k bytes with probability
/// 2^-k), the last 1/512 ten bytes (2^63 or more). A value of k bytes has the
/// lowest bit of its top 7-bit group set, so it needs exactly k bytes; its
/// other bits are random.
pub fn values(seed: u64, count: usize) -> Vec<u64> {
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|_| {
            let bytes = rng.next_u64().trailing_zeros().min(9) + 1; // 1 to 10
            let random = rng.next_u64();
            if bytes == 1 {
                random >> 57 // 7 bits: 0 to 127
            } else {
                // 7 × bytes random bits (at most 64), and bit 7 × (bytes - 1)
                // set: the lowest of the top 7-bit group, so the value needs
                // exactly `bytes` bytes.
                let bits = (7 * bytes).min(64);
                random >> (64 - bits) | 1 << (7 * (bytes - 1))
            }
        })
        .collect()
}
// ANCHOR_END: values
