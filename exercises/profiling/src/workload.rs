//! Given code: the module's one workload, a day of orders. The demo, the
//! benchmarks, the tests and the C# twin (`dotnet-comparison/Profiling`, with
//! the same generator) build their input here, so they measure the same work.
//! Do not change this file; the reference solution includes it too (with
//! `#[path]`).

use measure::SplitMix64;
use std::fmt::Write;

/// The seed of every draw: the same seed, the same orders, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

/// How many orders the demo reports on: about 8 MiB of text.
pub const ORDERS: usize = 200_000;

pub const REGIONS: [&str; 8] = [
    "north", "south", "east", "west", "central", "islands", "online", "export",
];
pub const KINDS: [&str; 5] =
    ["widget", "gadget", "gizmo", "doohickey", "sprocket"];
/// Products of each kind: 5 × 80 = 400 products, 3,200 (region, product) pairs.
pub const PER_KIND: u64 = 80;
pub const CUSTOMERS: u64 = 20_000;

/// The order line of one draw, without its newline: the fields of
/// [`FIELDS`](crate::FIELDS), in that order.
pub fn line(id: u64, draw: u64) -> String {
    let mut line = String::new();
    write_line(&mut line, id, draw);
    line
}

/// Writes [`line`] at the end of `text`, allocating nothing more than its
/// growth: a profile of the demo shows the report's allocations, not these.
fn write_line(text: &mut String, id: u64, draw: u64) {
    let _ = write!(
        text,
        "{id},c{:05},{},{}-{:03},{},{}",
        (draw >> 8) % CUSTOMERS,
        REGIONS[((draw >> 24) % REGIONS.len() as u64) as usize],
        KINDS[(draw % KINDS.len() as u64) as usize],
        (draw >> 32) % PER_KIND,
        1 + (draw >> 40) % 20,
        199 + (draw >> 48) % 49_801,
    );
}

/// `count` order lines from `seed`, ids from 1,000,000, each ended by `\n`.
pub fn orders(seed: u64, count: usize) -> String {
    let mut draws = SplitMix64::new(seed);
    let mut text = String::with_capacity(count * 48);
    for i in 0..count as u64 {
        write_line(&mut text, 1_000_000 + i, draws.next_u64());
        text.push('\n');
    }
    text
}
