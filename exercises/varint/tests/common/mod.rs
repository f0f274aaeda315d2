//! Settings and known values shared by the test files (each file uses only some
//! of them).
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

/// Values and their varints, from the LEB128 and protobuf documentation and the
/// limits of each length.
pub const KNOWN: &[(u64, &[u8])] = &[
    (0, &[0x00]),
    (1, &[0x01]),
    (127, &[0x7F]),
    (128, &[0x80, 0x01]),
    (300, &[0xAC, 0x02]),
    (16_383, &[0xFF, 0x7F]),
    (16_384, &[0x80, 0x80, 0x01]),
    (
        u64::MAX,
        &[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
    ),
];

/// Bytes as the tests print them: `AC 02`.
pub fn hex(bytes: &[u8]) -> String {
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
    hex.join(" ")
}
