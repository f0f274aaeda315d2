//! Simple models and settings shared by the test files (each file uses only
//! some of them). The input itself comes from the exercise's `workload` module,
//! as the demo's does.
#![allow(dead_code)]

use proptest::test_runner::Config;
use scoped_drops::{BatchSummary, RecordError, RecordErrorKind};

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it. The failing cases worth
/// keeping are explicit tests.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
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
