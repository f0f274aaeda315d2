//! Given code: the module's one workload. The demo, the benchmarks, the tests
//! and the C# twin (`dotnet-comparison/StringTable`, with the same generator)
//! build their input here, so they measure the same work. Do not change this
//! file; the reference solution includes it too (with `#[path]`).
//!
//! The strings are identifiers, as a compiler or a log reader meets them: a
//! few short ones very often, a long tail of longer ones rarely. Rank `k` is
//! drawn about `1 / (k + 1)` as often as rank 0 (Zipf's law, which word
//! counts in text and tags in logs follow).

use measure::SplitMix64;

/// The seed of every draw: the same seed, the same strings, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

/// How many distinct strings the demo draws from.
pub const DISTINCT: usize = 100_000;

/// How many strings the demo holds: occurrences, most of them repeats.
pub const OCCURRENCES: usize = 2_000_000;

/// The words identifiers are made of.
pub const WORDS: [&str; 64] = [
    "user", "order", "item", "cart", "price", "total", "count", "index",
    "value", "state", "event", "queue", "cache", "token", "parse", "read",
    "write", "load", "save", "send", "http", "request", "response", "header",
    "body", "error", "retry", "timeout", "session", "client", "server",
    "handler", "stream", "buffer", "batch", "node", "tree", "table", "row",
    "column", "key", "name", "path", "file", "line", "text", "time", "date",
    "id", "max", "min", "new", "old", "next", "prev", "first", "last", "local",
    "remote", "async", "sync", "config", "log", "debug",
];

/// The string of rank `rank`: the words of `rank` written in base 64, joined
/// by `_`. Ranks 0 to 63 are one word, the next 4,096 two, the next 262,144
/// three, and so on: no two ranks give the same string, and the most frequent
/// strings are the shortest, as in real text.
pub fn string(rank: usize) -> String {
    let base = WORDS.len();
    let (mut words, mut first_of_length, mut ranks_of_length) = (1, 0, base);
    while rank >= first_of_length + ranks_of_length {
        first_of_length += ranks_of_length;
        ranks_of_length *= base;
        words += 1;
    }
    let mut digits = rank - first_of_length;
    let mut text = String::new();
    for word in 0..words {
        if word > 0 {
            text.push('_');
        }
        text.push_str(WORDS[digits % base]);
        digits /= base;
    }
    text
}

/// The strings of ranks 0 to `count - 1`, in that order: all different.
pub fn distinct(count: usize) -> Vec<String> {
    (0..count).map(string).collect()
}

/// `count` ranks below `distinct` (at least 1), drawn from `seed`: rank `k`
/// with weight `2^40 / (k + 1)`, one draw of the generator each, in integers
/// only, so that C# draws exactly the same.
pub fn ranks(seed: u64, distinct: usize, count: usize) -> Vec<u32> {
    let mut total = 0_u64;
    let cumulative: Vec<u64> = (1..=distinct.max(1) as u64)
        .map(|k| {
            total += (1 << 40) / k;
            total
        })
        .collect();
    let mut draws = SplitMix64::new(seed);
    (0..count)
        .map(|_| {
            let draw = draws.next_u64() % total;
            cumulative.partition_point(|&below| below <= draw) as u32
        })
        .collect()
}

/// A workload: the distinct strings, and which of them occur in what order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workload {
    /// The distinct strings, by rank.
    pub strings: Vec<String>,
    /// Each occurrence's rank, in the order they occur.
    pub ranks: Vec<u32>,
}

impl Workload {
    /// `occurrences` strings drawn from `distinct` by the generator for
    /// `seed`.
    pub fn new(seed: u64, distinct: usize, occurrences: usize) -> Self {
        Self {
            strings: self::distinct(distinct),
            ranks: ranks(seed, distinct, occurrences),
        }
    }

    /// The demo's workload: [`OCCURRENCES`] strings from [`DISTINCT`].
    pub fn demo(seed: u64) -> Self {
        Self::new(seed, DISTINCT, OCCURRENCES)
    }

    /// Each occurrence, in order: borrowed, as a parser's tokens are.
    pub fn occurrences(&self) -> impl Iterator<Item = &str> + Clone {
        self.ranks
            .iter()
            .map(|&rank| self.strings[rank as usize].as_str())
    }

    /// The distinct strings that occur, each once, in the order they first
    /// occur: what a string table fed the occurrences holds.
    pub fn first_occurrences(&self) -> Vec<&str> {
        let mut seen = vec![false; self.strings.len()];
        self.ranks
            .iter()
            .filter(|&&rank| !std::mem::replace(&mut seen[rank as usize], true))
            .map(|&rank| self.strings[rank as usize].as_str())
            .collect()
    }
}
