//! Test data and simple models shared by the test files (each file uses only some of them).
#![allow(dead_code)]

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use scoped_drops::{BatchSummary, RecordError, RecordErrorKind};

/// The heap tests' workload: 32 batches of 4,096 numbers (about 1.8 MB of text).
pub const BATCHES: usize = 32;
pub const NUMBERS_PER_BATCH: usize = 4096;

/// `batches` batches of `per_batch` random numbers, as text (with mixed separators: `,`, `, `,
/// line breaks and `\r\n`) and as the numbers themselves. The same seed gives the same data.
pub fn sample_batches(seed: u64, batches: usize, per_batch: usize) -> (Vec<String>, Vec<Vec<u64>>) {
    const SEPARATORS: [&str; 4] = [",", ", ", "\n", " ,\r\n"];
    let mut rng = StdRng::seed_from_u64(seed);
    let mut texts = Vec::with_capacity(batches);
    let mut numbers = Vec::with_capacity(batches);
    for _ in 0..batches {
        let batch: Vec<u64> = (0..per_batch)
            .map(|_| rng.random_range(0..1_000_000_000_000))
            .collect();
        let mut text = String::with_capacity(per_batch * 17);
        for (i, n) in batch.iter().enumerate() {
            if i > 0 {
                text.push_str(SEPARATORS[rng.random_range(0..SEPARATORS.len())]);
            }
            text.push_str(&n.to_string());
        }
        texts.push(text);
        numbers.push(batch);
    }
    (texts, numbers)
}

/// The summary of `numbers`, the slow obvious way.
pub fn model_summary(numbers: &[u64]) -> BatchSummary {
    let mut sorted = numbers.to_vec();
    sorted.sort();
    BatchSummary {
        records: sorted.len(),
        sum: sorted.iter().map(|&n| n as u128).sum(),
        min: sorted.first().copied().unwrap_or(0),
        max: sorted.last().copied().unwrap_or(0),
        median: if sorted.is_empty() {
            0
        } else {
            sorted[(sorted.len() - 1) / 2]
        },
    }
}

/// What `parse_batch_into` must produce for `text`, the slow obvious way.
pub fn model_parse(text: &str) -> Result<Vec<u64>, RecordError> {
    let records = text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let mut numbers = Vec::new();
    for (record, r) in records.enumerate() {
        let kind = if !r.chars().all(|c| c.is_ascii_digit()) {
            RecordErrorKind::NotANumber
        } else if let Ok(n) = r.parse::<u64>() {
            numbers.push(n);
            continue;
        } else {
            RecordErrorKind::TooLarge
        };
        return Err(RecordError { record, kind });
    }
    Ok(numbers)
}

/// Bytes in KiB, for failure messages.
pub fn kib(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}
