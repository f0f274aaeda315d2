//! One worker iteration of the classic ".NET GC vs Rust" sustainability demo,
//! with its original's counting errors fixed: the allocator counts what is
//! really allocated and freed, strings are counted in bytes (not `char`s), and
//! the run ends by itself.

use measure::SplitMix64;
use std::hint::black_box;

/// One mebibyte.
pub const MIB: usize = 1024 * 1024;
/// The big buffer of each iteration is between these sizes.
pub const BUFFER_SIZES: std::ops::RangeInclusive<usize> = MIB..=5 * MIB;
/// Small strings per iteration, and their sizes in bytes.
pub const STRINGS: usize = 1000;
pub const STRING_SIZES: std::ops::RangeInclusive<usize> = 100..=1000;
/// Every `LARGE_EVERY`th iteration also allocates `LARGE_COUNT` buffers of
/// `LARGE_SIZE`.
pub const LARGE_EVERY: u64 = 20;
pub const LARGE_COUNT: usize = 5;
pub const LARGE_SIZE: usize = 10 * MIB;
/// The occasional spike.
pub const SPIKE_SIZE: usize = 50 * MIB;

/// The sizes the workload allocates, in the order it allocates them: each
/// iteration's buffer, then its strings, iteration after iteration. Drawn from
/// [`SplitMix64`], so the C# twin (`dotnet-comparison/ScopedDrops`) given the
/// same seed draws the very same sequence (`--print-sequence N` prints the
/// first N on both sides).
#[derive(Debug, Clone)]
pub struct Sizes {
    rng: SplitMix64,
    drawn: usize,
}

impl Sizes {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: SplitMix64::new(seed),
            drawn: 0,
        }
    }
}

impl Iterator for Sizes {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (start, end) = if self.drawn.is_multiple_of(1 + STRINGS) {
            (*BUFFER_SIZES.start(), *BUFFER_SIZES.end())
        } else {
            (*STRING_SIZES.start(), *STRING_SIZES.end())
        };
        self.drawn += 1;
        Some(self.rng.in_range(start as u64..=end as u64) as usize)
    }
}

/// One iteration: a 1–5 MiB buffer, 1,000 strings of 100–1,000 bytes, and on
/// every 20th iteration 5 × 10 MiB. Every byte is written, so the memory is
/// really used (and shows in RSS). Everything is freed when it goes out of
/// scope at the end of this function. Returns a checksum, so the work cannot be
/// optimised away.
pub fn iteration(sizes: &mut Sizes, index: u64) -> u64 {
    let mut size = || sizes.next().expect("the sizes never end");
    let buffer = vec![0xA5u8; size()];
    let strings: Vec<String> =
        (0..STRINGS).map(|_| "x".repeat(size())).collect();
    let mut checksum = u64::from(black_box(&buffer)[buffer.len() / 2]);
    checksum += black_box(&strings)
        .iter()
        .map(|s| s.len() as u64)
        .sum::<u64>();
    if index % LARGE_EVERY == LARGE_EVERY - 1 {
        let large: Vec<Vec<u8>> =
            (0..LARGE_COUNT).map(|_| vec![0x5Au8; LARGE_SIZE]).collect();
        checksum += black_box(&large)
            .iter()
            .map(|b| u64::from(b[b.len() - 1]))
            .sum::<u64>();
    } // `large` is freed here
    checksum
} // `buffer` and `strings` are freed here

/// A spike: [`SPIKE_SIZE`] bytes, every one written. The caller frees it (the
/// fair default) or keeps it (`--way retain-spikes`).
pub fn spike() -> Vec<u8> {
    black_box(vec![0x3Cu8; SPIKE_SIZE])
}

/// With `--way retain-spikes`, at most this many spikes are kept alive (the
/// oldest goes first), so a long run stays well under 1 GiB.
pub const MAX_RETAINED_SPIKES: usize = 6;
