//! Given code: the module's one workload. The demo, the benchmarks, the tests
//! and the C# twin (`dotnet-comparison/ZeroCopy`, with the same generator)
//! build their input here, so they measure the same work. Do not change this
//! file; the reference solution includes it too (with `#[path]`).

use crate::{Header, MAGIC};
use measure::SplitMix64;
use zerocopy::IntoBytes;

/// The seed of every draw: the same seed, the same input, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

/// How many log lines (and binary records) the demo parses: about 23 MiB of
/// text.
pub const LINES: usize = 250_000;

pub const METHODS: [&str; 4] = ["GET", "POST", "PUT", "DELETE"];
pub const PATHS: [&str; 6] = [
    "/api/orders",
    "/api/users",
    "/api/carts",
    "/static/app.js",
    "/health",
    "/api/search",
];
pub const AGENTS: [&str; 4] = [
    "curl/8.4.0",
    "Mozilla/5.0",
    "okhttp/4.12.0",
    "python-requests/2.31",
];
pub const STATUSES: [u16; 5] = [200, 201, 304, 404, 500];

/// The log line of one draw, without its newline: every key of
/// [`KEYS`](crate::KEYS), in that order.
pub fn line(draw: u64) -> String {
    let pick = |shift: u32, n: usize| (draw >> shift) as usize % n;
    format!(
        "time={} method={} path={}/{} status={} bytes={} agent={}",
        1_700_000_000 + (draw >> 40) % 1_000_000,
        METHODS[pick(0, METHODS.len())],
        PATHS[pick(2, PATHS.len())],
        (draw >> 8) % 100_000,
        STATUSES[pick(5, STATUSES.len())],
        (draw >> 24) % 65_536,
        AGENTS[pick(60, AGENTS.len())],
    )
}

/// `lines` log lines from `seed`, one draw each, each ended by `\n`.
pub fn text(seed: u64, lines: usize) -> Vec<u8> {
    let mut draws = SplitMix64::new(seed);
    let mut text = Vec::with_capacity(lines * 100);
    for _ in 0..lines {
        text.extend_from_slice(line(draws.next_u64()).as_bytes());
        text.push(b'\n');
    }
    text
}

/// `records` binary records from `seed`, one draw each: a [`Header`] and a
/// payload of `draw % 64` bytes, each the low byte of the draw.
pub fn binary(seed: u64, records: usize) -> Vec<u8> {
    let mut draws = SplitMix64::new(seed);
    let mut bytes = Vec::new();
    for id in 1..=records as u64 {
        let draw = draws.next_u64();
        let length = (draw % 64) as usize;
        let header = Header {
            magic: MAGIC,
            version: 1.into(),
            flags: ((draw >> 8) as u16).into(),
            length: (length as u32).into(),
            id: id.into(),
            time: (1_700_000_000 + (draw >> 40) % 1_000_000).into(),
        };
        bytes.extend_from_slice(header.as_bytes());
        bytes.resize(bytes.len() + length, draw as u8);
    }
    bytes
}
