//! The timed run: again and again for N seconds, a million orders built one
//! way, a pass that sums their quantities, and the drop, with a measured line
//! per second ([`measure::timed`]). This is what `workshop compare
//! compact-layout` runs beside the C# twin, which does the same with a class,
//! a sequential struct and arrays.

use crate::ways::Store;
use compact_layout::{Columns, Fields, Order, naive};
use measure::timed::Timed;

/// How the timed run holds the orders. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// The order as ported from C#: a `String` per text (in C#: a class).
    Naive,
    /// The compact order, 48 bytes (in C#: a struct).
    Compact,
    /// A `Vec` per field (in C#: an array per field).
    Columns,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Compact;
}

/// Runs rounds of `way` over `fields` for `seconds`, printing a line per
/// second.
pub fn run(
    way: Way,
    fields: &[Fields<'_>],
    seconds: u64,
    report: bool,
) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "rounds",
        report,
    };
    match way {
        Way::Naive => run_with::<Vec<naive::Order>>(fields, timed),
        Way::Compact => run_with::<Vec<Order>>(fields, timed),
        Way::Columns => run_with::<Columns>(fields, timed),
    }
}

fn run_with<S: Store>(
    fields: &[Fields<'_>],
    timed: Timed,
) -> std::io::Result<()> {
    let mut checksum = 0;
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        let store = S::build(fields);
        checksum += store.total_quantity();
    })?;
    std::hint::black_box(checksum);
    Ok(())
}
