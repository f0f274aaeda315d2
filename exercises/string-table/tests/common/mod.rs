//! What the test files share: strings of every kind, and the settings of the
//! property tests (each file uses only some of it).
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::Config;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// Strings of every kind: empty, ASCII, a NUL, and characters of two, three
/// and four bytes in UTF-8.
pub const KINDS: [&str; 8] = [
    "",
    "user_id",
    "a",
    "\0",
    "Grüße",
    "日本語",
    "🦀",
    "user_id ",
];

/// One string per character, together holding every byte value that UTF-8
/// allows: every character of one and two bytes (bytes 0x00 to 0x7F, 0x80 to
/// 0xBF and the leads 0xC2 to 0xDF), and one character for each lead byte of
/// three (0xE0 to 0xEF) and four (0xF0 to 0xF4) bytes.
pub fn every_utf8_byte() -> Vec<String> {
    let one_and_two = 0..0x800;
    let three = (0..16).map(|lead| 0x800.max(lead << 12));
    let four = [0x1_0000, 0x4_0000, 0x8_0000, 0xC_0000, 0x10_0000];
    let chars = one_and_two.chain(three).chain(four);
    let strings: Vec<String> = chars
        .map(|c| char::from_u32(c).expect("a scalar value").to_string())
        .collect();
    let mut seen = [false; 256];
    strings
        .iter()
        .flat_map(|s| s.bytes())
        .for_each(|b| seen[b as usize] = true);
    let allowed = |b: usize| b <= 0xBF || (0xC2..=0xF4).contains(&b);
    assert!(
        (0..256).all(|b| seen[b] == allowed(b)),
        "the test's own strings must hold every byte UTF-8 allows"
    );
    strings
}

/// Strings for property tests: mostly from a few, so that repeats are common,
/// sometimes any string at all.
pub fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(KINDS.to_vec()).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}
