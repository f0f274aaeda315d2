//! The timed run: again and again for N seconds, a new set of the demo's size,
//! the random inserts, the lookups and a count, with a measured line per second
//! ([`measure::timed`]). This is what `workshop compare bitset` runs beside the
//! C# twin, which does the same with `bool[]` or `BitArray`.

use crate::flags::Flags;
use bitset::BitSet;
use bitset::naive::BoolSet;
use measure::timed::Timed;

/// Which set the timed run uses. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// A byte per flag: `Vec<bool>` (in C#: `bool[]`).
    Bytes,
    /// A bit per flag: `BitSet` (in C#: `BitArray`).
    Bits,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Bits;
}

/// The work of one round, and how long to repeat it.
#[derive(Debug, Clone, Copy)]
pub struct Rounds<'a> {
    pub flags: usize,
    pub inserts: &'a [usize],
    pub lookups: &'a [usize],
    pub seconds: u64,
    pub report: bool,
}

/// Runs rounds with a set of `way` for `rounds.seconds`, printing a line per
/// second.
pub fn run(way: Way, rounds: Rounds<'_>) -> std::io::Result<()> {
    match way {
        Way::Bytes => run_with::<BoolSet>(rounds),
        Way::Bits => run_with::<BitSet>(rounds),
    }
}

fn run_with<F: Flags>(rounds: Rounds<'_>) -> std::io::Result<()> {
    let timed = Timed {
        seconds: rounds.seconds,
        rounds: "rounds",
        report: rounds.report,
    };
    let mut checksum = 0;
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        let mut set = F::with_capacity(rounds.flags);
        rounds.inserts.iter().for_each(|&i| set.insert(i));
        checksum += rounds.lookups.iter().filter(|&&i| set.contains(i)).count()
            + set.count_set();
    })?;
    std::hint::black_box(checksum);
    Ok(())
}
