//! The timed run: again and again for N seconds, the warm-up, the churn and the
//! drop, with a measured line per second ([`measure::timed`]). This is what
//! `workshop compare pool` runs beside the C# twin, which churns the same
//! particles with `new` or with its own pool.

use crate::slots::{self, Slots};
use measure::timed::Timed;
use pool::naive::BoxPool;
use pool::workload::Particle;
use pool::{Handle, Pool};

/// Which pool the timed run uses. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// A `Box` per object (in C#: a class instance per particle, `new` for
    /// each).
    Boxes,
    /// The pool (in C#: a struct array with a free list).
    Pool,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Pool;
}

/// Runs rounds of `live` particles churned by `victims` for `seconds`.
pub fn run(
    way: Way,
    live: usize,
    victims: &[usize],
    seconds: u64,
    report: bool,
) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "rounds",
        report,
    };
    match way {
        Way::Boxes => run_with::<BoxPool<Particle>>(timed, live, victims),
        Way::Pool => run_with::<Pool<Particle>>(timed, live, victims),
    }
}

fn run_with<S: Slots>(
    timed: Timed,
    live: usize,
    victims: &[usize],
) -> std::io::Result<()> {
    let mut handles: Vec<Handle> = Vec::with_capacity(live);
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        let mut pool = S::empty();
        slots::warm_up(&mut pool, &mut handles, live);
        slots::churn(&mut pool, &mut handles, victims);
    })
}
