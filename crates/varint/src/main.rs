//! `varint`: the demo binary. It prints the naive way and the efficient way side by side,
//! every figure measured by `measure`.

use clap::Parser;
use measure::{Table, format};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Variable-length integers: 7 bits a byte: measured.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// How many values the workload makes.
    #[arg(long, default_value_t = varint::workload::SIZE, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    size: u64,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    // TODO: measure the naive way and the efficient way on the same workload, side by side,
    // and say in a line or two what .NET does, pointing to the C# twin.
    let (squares, usage) = measure::measure(|| varint::squares(args.size));
    let mut table = Table::new(["", "squares"]);
    table
        .row(["values", &format::count(squares.len() as u64)])
        .row(["allocations", &format::count(usage.allocations)])
        .row(["bytes allocated", &format::bytes(usage.bytes_allocated)]);
    println!("Variable-length integers: 7 bits a byte\n\n{table}");
    Ok(())
}
