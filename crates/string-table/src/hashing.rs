//! The hash alone: every occurrence hashed once by std's default hasher
//! (SipHash-1-3, what `HashMap::new()` uses) and by foldhash (the string
//! table's), timed. Beside the table's build time, it shows what share of
//! interning is the hash, and what SipHash would cost instead.

use measure::timed::median;
use std::hash::BuildHasher;
use std::time::{Duration, Instant};

/// The median time to hash every occurrence once with `hasher`, over
/// `repeat` passes (at least one).
pub fn time<'a, S: BuildHasher>(
    hasher: &S,
    occurrences: impl Iterator<Item = &'a str> + Clone,
    repeat: usize,
) -> Duration {
    let mut times: Vec<Duration> = (0..repeat.max(1))
        .map(|_| {
            let started = Instant::now();
            let folded = occurrences
                .clone()
                .fold(0_u64, |acc, s| acc ^ hasher.hash_one(s));
            std::hint::black_box(folded);
            started.elapsed()
        })
        .collect();
    median(&mut times)
}

/// Std's SipHash-1-3 and the table's foldhash, each timed over the same
/// occurrences.
pub fn both<'a>(
    occurrences: impl Iterator<Item = &'a str> + Clone,
    repeat: usize,
) -> (Duration, Duration) {
    let sip = time(&std::hash::RandomState::new(), occurrences.clone(), repeat);
    let fold =
        time(&foldhash::fast::RandomState::default(), occurrences, repeat);
    (sip, fold)
}
