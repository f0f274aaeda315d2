//! The timed run: again and again for N seconds, the occurrences held one
//! way and dropped, with a measured line per second ([`measure::timed`]).
//! This is what `workshop compare string-table` runs beside the C# twin,
//! which does the same with a `List<string>`, a `Dictionary<string, int>`
//! and a string table of its own.

use crate::ways::Holder;
use measure::timed::Timed;
use string_table::workload::Workload;
use string_table::{StringTable, naive};

/// How the timed run holds the strings. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// A `String` each (in C#: a `List<string>` of new strings).
    Strings,
    /// Interned through a `HashMap<String, Sym>` (in C#: a
    /// `Dictionary<string, int>`).
    Map,
    /// The string table (in C#: one UTF-8 buffer and `int` offsets).
    Table,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Table;
}

/// Runs rounds of `way` over the occurrences of `work` for `seconds`,
/// printing a line per second.
pub fn run(
    way: Way,
    work: &Workload,
    seconds: u64,
    report: bool,
) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "rounds",
        report,
    };
    match way {
        Way::Strings => run_with::<Vec<String>>(work, timed),
        Way::Map => run_with::<naive::StringTable>(work, timed),
        Way::Table => run_with::<StringTable>(work, timed),
    }
}

fn run_with<H: Holder>(work: &Workload, timed: Timed) -> std::io::Result<()> {
    let mut held = 0;
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        held += H::build(work.occurrences()).strings();
    })?;
    std::hint::black_box(held);
    Ok(())
}
