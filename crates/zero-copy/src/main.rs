//! `zero-copy`: the demo binary. It prints the naive way and the efficient way
//! side by side, every figure measured by `measure`.

use clap::Parser;
use measure::{Table, format};
use std::io::Write;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Zero-copy parsing: fields that borrow the input, headers read in place: measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// How many values the workload makes.
    #[arg(long, default_value_t = zero_copy::workload::SIZE, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    size: u64,

    // --seed, --seconds, --way, --report, --print-sequence and --repeat: every
    // demo's.
    #[command(flatten)]
    shared: measure::demo::Flags<Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

/// The ways the timed mode runs (`--way`). The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Way {
    /// The naive way (in C#: what a .NET developer writes first).
    Naive,
    /// The efficient way.
    Efficient,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Efficient;
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    if let Some(count) = args.shared.print_sequence {
        // TODO: print the workload's seeded draws (from args.shared.seed), as
        // the C# twin does.
        let mut out = std::io::stdout().lock();
        for value in 0..count.min(args.size) {
            writeln!(out, "{value}")?;
        }
        return Ok(());
    }
    if let Some(seconds) = args.shared.seconds {
        // TODO: run one round of the chosen way again and again, as `workshop
        // compare` does.
        let timed = measure::timed::Timed {
            seconds,
            rounds: "rounds",
            report: args.shared.report,
        };
        let way = args.shared.way();
        let size = args.size;
        measure::timed::run(&mut std::io::stdout().lock(), timed, || {
            std::hint::black_box((way, zero_copy::squares(size)));
        })?;
        return Ok(());
    }
    // TODO: measure the naive way and the efficient way on the same workload,
    // side by side, each args.repeat.repeat times (times are medians), and say
    // in a line or two what .NET does, pointing to the C# twin.
    let (squares, usage) = measure::measure(|| zero_copy::squares(args.size));
    let mut table = Table::new(["", "squares"]);
    table
        .row(["values", &format::count(squares.len() as u64)])
        .row(["allocations", &format::count(usage.allocations)])
        .row(["bytes allocated", &format::bytes(usage.bytes_allocated)]);
    println!(
        "Zero-copy parsing: fields that borrow the input, headers read in place\n\n{table}"
    );
    Ok(())
}
