//! What the test files share: valid lines of any kind, and the settings of
//! the property tests (each file uses only some of it).
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::Config;
use zero_copy::KEYS;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text a value may hold: no space, no `=` needed (a value may hold `=`:
/// only the first one splits), any other character, UTF-8 of every length.
fn value_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9/._=é日🦀-]{0,12}"
}

/// A valid line: every key once, in any order, numbers in range.
pub fn any_line() -> impl Strategy<Value = String> {
    let values = (
        any::<u64>(),
        value_text(),
        value_text(),
        any::<u16>(),
        any::<u64>(),
        value_text(),
    );
    (values, Just(KEYS).prop_shuffle()).prop_map(
        |((time, method, path, status, bytes, agent), order)| {
            let value = |key: &str| match key {
                "time" => time.to_string(),
                "method" => method.clone(),
                "path" => path.clone(),
                "status" => status.to_string(),
                "bytes" => bytes.to_string(),
                _ => agent.clone(),
            };
            let fields: Vec<String> = order
                .iter()
                .map(|key| format!("{key}={}", value(key)))
                .collect();
            fields.join(" ")
        },
    )
}
