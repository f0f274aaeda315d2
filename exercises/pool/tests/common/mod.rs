//! Settings shared by the test files.
#![allow(dead_code)]

use proptest::test_runner::Config;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it. The failing cases worth
/// keeping are explicit tests.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}
