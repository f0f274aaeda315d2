//! One pool measured: the warm-up (every particle inserted), the churn (remove
//! + insert cycles) and the drop, several times (medians).

use crate::slots::{self, Slots};
use measure::timed::median;
use pool::Handle;
use std::time::{Duration, Instant};

/// What one pool cost. Counts are from the first run (every run is the same);
/// times are medians.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub warm_up_allocations: u64,
    pub churn_allocations: u64,
    pub churn_frees: u64,
    pub peak_live: usize,
    pub slots: usize,
    pub warm_up: Duration,
    pub churn: Duration,
    pub drop: Duration,
}

/// Measures `S`: `repeat` runs (at least one) of a warm-up to `live` particles,
/// the churn `victims` make, and the drop. `handles` is the list of live
/// handles, reused.
pub fn measure<S: Slots>(
    live: usize,
    victims: &[usize],
    repeat: usize,
) -> Measured {
    let repeat = repeat.max(1);
    let mut handles: Vec<Handle> = Vec::with_capacity(live);
    let mut times: [Vec<Duration>; 3] =
        std::array::from_fn(|_| Vec::with_capacity(repeat));
    let mut first = None;
    for _ in 0..repeat {
        let mut pool = S::empty();
        let ((), warm) =
            measure::measure(|| slots::warm_up(&mut pool, &mut handles, live));
        let before_churn = measure::counters();
        let ((), churn) =
            measure::measure(|| slots::churn(&mut pool, &mut handles, victims));
        let churn_frees = measure::counters().frees - before_churn.frees;
        let slots = pool.slots();
        let started = Instant::now();
        drop(pool);
        let dropped = started.elapsed();
        // The highest the live heap rose above where it was before the warm-up.
        let after_warm_up = usize::try_from(warm.live_change).unwrap_or(0);
        let peak_live = warm
            .peak_above_start
            .max(after_warm_up + churn.peak_above_start);
        for (list, time) in
            times.iter_mut().zip([warm.elapsed, churn.elapsed, dropped])
        {
            list.push(time);
        }
        first.get_or_insert(Measured {
            warm_up_allocations: warm.allocations,
            churn_allocations: churn.allocations,
            churn_frees,
            peak_live,
            slots,
            warm_up: Duration::ZERO,
            churn: Duration::ZERO,
            drop: Duration::ZERO,
        });
    }
    let [warm_up, churn, drop] = times.map(|mut list| median(&mut list));
    Measured {
        warm_up,
        churn,
        drop,
        ..first.expect("at least one run")
    }
}
