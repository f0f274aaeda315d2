//! One worker iteration of the classic ".NET GC vs Rust" sustainability demo, with its
//! original's counting errors fixed: the allocator counts what is really allocated and freed,
//! strings are counted in bytes (not `char`s), and the run ends by itself.

use rand::RngExt;
use rand::rngs::StdRng;
use std::hint::black_box;

/// One mebibyte.
pub const MIB: usize = 1024 * 1024;
/// The big buffer of each iteration is between these sizes.
pub const BUFFER_SIZES: std::ops::RangeInclusive<usize> = MIB..=5 * MIB;
/// Small strings per iteration, and their sizes in bytes.
pub const STRINGS: usize = 1000;
pub const STRING_SIZES: std::ops::RangeInclusive<usize> = 100..=1000;
/// Every `LARGE_EVERY`th iteration also allocates `LARGE_COUNT` buffers of `LARGE_SIZE`.
pub const LARGE_EVERY: u64 = 20;
pub const LARGE_COUNT: usize = 5;
pub const LARGE_SIZE: usize = 10 * MIB;
/// The occasional spike.
pub const SPIKE_SIZE: usize = 50 * MIB;

/// One iteration: a 1–5 MiB buffer, 1,000 strings of 100–1,000 bytes, and on every 20th
/// iteration 5 × 10 MiB. Every byte is written, so the memory is really used (and shows in
/// RSS). Everything is freed when it goes out of scope at the end of this function.
/// Returns a checksum, so the work cannot be optimised away.
pub fn iteration(rng: &mut StdRng, index: u64) -> u64 {
    let buffer = vec![0xA5u8; rng.random_range(BUFFER_SIZES)];
    let strings: Vec<String> = (0..STRINGS)
        .map(|_| "x".repeat(rng.random_range(STRING_SIZES)))
        .collect();
    let mut checksum = u64::from(black_box(&buffer)[buffer.len() / 2]);
    checksum += black_box(&strings)
        .iter()
        .map(|s| s.len() as u64)
        .sum::<u64>();
    if index % LARGE_EVERY == LARGE_EVERY - 1 {
        let large: Vec<Vec<u8>> = (0..LARGE_COUNT).map(|_| vec![0x5Au8; LARGE_SIZE]).collect();
        checksum += black_box(&large)
            .iter()
            .map(|b| u64::from(b[b.len() - 1]))
            .sum::<u64>();
    } // `large` is freed here
    checksum
} // `buffer` and `strings` are freed here

/// A spike of [`SPIKE_SIZE`] bytes, written and freed.
pub fn spike() -> u64 {
    let spike = vec![0x3Cu8; SPIKE_SIZE];
    u64::from(black_box(&spike)[SPIKE_SIZE / 2])
}
