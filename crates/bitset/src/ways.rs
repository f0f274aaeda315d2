//! One set measured: its heap, then random inserts, random lookups, a count and
//! a sequential fill, each timed several times (medians).

use crate::flags::Flags;
use measure::timed::median;
use std::time::{Duration, Instant};

/// What one kind of set cost. Counts are from the first run (every run is the
/// same); times are medians.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub heap_bytes: u64,
    pub allocations: u64,
    /// Distinct indexes held after the inserts.
    pub held: usize,
    /// Lookups that found their index.
    pub hits: usize,
    pub insert: Duration,
    pub lookup: Duration,
    pub count: Duration,
    /// Setting every flag, in order.
    pub fill: Duration,
}

/// Measures `F` with `flags` flags: `repeat` times (at least once), each on a
/// new set, inserting `inserts` and then looking up `lookups`. `progress` is
/// called after each run.
pub fn measure<F: Flags>(
    flags: usize,
    inserts: &[usize],
    lookups: &[usize],
    repeat: usize,
    mut progress: impl FnMut(),
) -> Measured {
    let repeat = repeat.max(1);
    let mut times: [Vec<Duration>; 4] =
        std::array::from_fn(|_| Vec::with_capacity(repeat));
    let mut first = None;
    for _ in 0..repeat {
        let (mut set, usage) = measure::measure(|| F::with_capacity(flags));
        let ((), insert) =
            timed(|| inserts.iter().for_each(|&i| set.insert(i)));
        let (hits, lookup) =
            timed(|| lookups.iter().filter(|&&i| set.contains(i)).count());
        let (held, count) = timed(|| set.count_set());
        let mut full = F::with_capacity(flags);
        let ((), fill) = timed(|| (0..flags).for_each(|i| full.insert(i)));
        std::hint::black_box(&full);
        for (list, time) in times.iter_mut().zip([insert, lookup, count, fill])
        {
            list.push(time);
        }
        first.get_or_insert((usage, held, hits));
        progress();
    }
    let (usage, held, hits) = first.expect("at least one run");
    let [insert, lookup, count, fill] = times.map(|mut list| median(&mut list));
    Measured {
        heap_bytes: usage.bytes_allocated,
        allocations: usage.allocations,
        held,
        hits,
        insert,
        lookup,
        count,
        fill,
    }
}

/// Runs `f` and times it.
fn timed<R>(f: impl FnOnce() -> R) -> (R, Duration) {
    let started = Instant::now();
    let result = std::hint::black_box(f());
    (result, started.elapsed())
}
