//! One way of building the tree, built and dropped several times, measured.

use measure::Counters;
use measure::timed::median;
use std::time::{Duration, Instant};

/// What building and dropping the tree one way cost. Counts are from the first
/// build (each build makes the same); times are medians of all of them.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub allocations: u64,
    pub bytes_allocated: u64,
    /// The highest the live heap rose above where it was before the build.
    pub peak_live: usize,
    /// Frees made by dropping the tree.
    pub frees: u64,
    pub build: Duration,
    pub drop: Duration,
}

/// Builds with `build` `repeat` times (at least once), dropping what it returns
/// each time, and measures both. `progress` is called after each build and drop
/// with the number done.
pub fn measure<T>(
    repeat: usize,
    mut build: impl FnMut() -> T,
    mut progress: impl FnMut(usize),
) -> Measured {
    let repeat = repeat.max(1);
    let mut builds = Vec::with_capacity(repeat);
    let mut drops = Vec::with_capacity(repeat);
    let mut first: Option<(measure::Usage, u64)> = None;
    for done in 1..=repeat {
        let (tree, usage) = measure::measure(&mut build);
        let before: Counters = measure::counters();
        let started = Instant::now();
        drop(tree);
        let dropped = started.elapsed();
        let frees = measure::counters().frees - before.frees;
        builds.push(usage.elapsed);
        drops.push(dropped);
        first.get_or_insert((usage, frees));
        progress(done);
    }
    let (usage, frees) = first.expect("at least one build");
    Measured {
        allocations: usage.allocations,
        bytes_allocated: usage.bytes_allocated,
        peak_live: usage.peak_above_start,
        frees,
        build: median(&mut builds),
        drop: median(&mut drops),
    }
}
