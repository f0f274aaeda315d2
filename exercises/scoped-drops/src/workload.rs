//! Given code: the module's one workload. The demo, the benchmarks and the
//! tests all build their input here, so they measure the same work. Do not
//! change this file; the reference solution includes it too (with `#[path]`).

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// The demo's, the benchmarks' and the heap tests' job: 32 batches of 4,096
/// numbers (about 1.8 MB of text).
pub const BATCHES: usize = 32;
pub const NUMBERS_PER_BATCH: usize = 4096;

/// Batches of numbers, as the job reads them (text) and as they are (for
/// checking results).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batches {
    /// One text per batch: the numbers separated by `,`, `, `, line breaks or
    /// `\r\n`.
    pub texts: Vec<String>,
    /// The numbers of each batch, in the order they appear in its text.
    pub numbers: Vec<Vec<u64>>,
}

/// `batches` batches of `per_batch` random numbers below 10^12 (12 digits at
/// most). The same seed gives the same batches.
pub fn sample_batches(seed: u64, batches: usize, per_batch: usize) -> Batches {
    const SEPARATORS: [&str; 4] = [",", ", ", "\n", " ,\r\n"];
    let mut rng = StdRng::seed_from_u64(seed);
    let mut sample = Batches {
        texts: Vec::with_capacity(batches),
        numbers: Vec::with_capacity(batches),
    };
    for _ in 0..batches {
        let numbers: Vec<u64> = (0..per_batch)
            .map(|_| rng.random_range(0..1_000_000_000_000))
            .collect();
        let mut text = String::with_capacity(per_batch * 16);
        let mut rest = numbers.iter();
        if let Some(first) = rest.next() {
            text.push_str(&first.to_string());
        }
        for n in rest {
            text.push_str(SEPARATORS[rng.random_range(0..SEPARATORS.len())]);
            text.push_str(&n.to_string());
        }
        sample.texts.push(text);
        sample.numbers.push(numbers);
    }
    sample
}
