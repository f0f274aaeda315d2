//! `varint`: the demo binary. See the crate documentation of `varint_demo`.

use clap::Parser;
use measure::{Table, format};
use std::process::ExitCode;
use varint::workload::{self, COUNT};
use varint::{MAX_LEN, encode_into};
use varint_demo::ways::{self, Codec, Fixed, Measured, Varint, VecPerValue};
use varint_demo::{DOTNET, timed};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// A million mostly-small integers in 8 bytes each and as varints: bytes,
/// allocations and times, measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// How many values.
    #[arg(long, default_value_t = COUNT as u64, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    count: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    if let Some(count) = args.shared.print_sequence {
        return Ok(print_sequence(args.shared.seed, count as usize)?);
    }
    let values = workload::values(args.shared.seed, args.count as usize);
    println!("Variable-length integers: 7 bits a byte instead of 8 bytes.\n");
    println!(
        "{} values (seed {}), mostly small: half need one byte as a varint\n\
         (below 128), a quarter two, an eighth three, and so on; one in 512 ten.",
        format::count(values.len() as u64),
        args.shared.seed
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "Encoded and decoded back, again and again for {seconds} s.\n"
        );
        timed::run(args.shared.way(), &values, seconds, args.shared.report)?;
        return Ok(());
    }
    let rss = measure::Rss::baseline();
    let repeat = args.repeat.repeat as usize;
    match repeat {
        1 => println!("Each way measured once.\n"),
        _ => println!("Each way measured {repeat} times; times are medians.\n"),
    }
    let fixed = ways::measure::<Fixed>(&values, repeat)?;
    let vec_per_value = ways::measure::<VecPerValue>(&values, repeat)?;
    let varint = ways::measure::<Varint>(&values, repeat)?;
    print_side_by_side(values.len(), [&fixed, &vec_per_value, &varint]);
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

/// One cell of the table: a figure of one way, formatted.
type Cell = fn(&Measured, usize) -> String;

/// The counts side by side, then the median times in sentences (a time's width
/// varies, so times stay out of the aligned table and the snapshot can redact
/// them).
fn print_side_by_side(
    count: usize,
    [fixed, vec_per_value, varint]: [&Measured; 3],
) {
    let mut table =
        Table::new(["", Fixed::NAME, VecPerValue::NAME, Varint::NAME]);
    let rows: [(&str, Cell); 4] = [
        ("bytes", |m, _| format::count(m.bytes as u64)),
        ("bytes per value", |m, count| {
            format!("{:.2}", m.bytes as f64 / count as f64)
        }),
        ("allocations, encoding", |m, _| format::count(m.allocations)),
        ("peak heap, encoding", |m, _| {
            format::bytes(m.peak_live as u64)
        }),
    ];
    for (what, cell) in rows {
        let cells = [fixed, vec_per_value, varint].map(|m| cell(m, count));
        let [a, b, c] = cells;
        table.row([what.to_string(), a, b, c]);
    }
    println!("{table}");
    println!("Median times:");
    println!(
        "  encode  8 bytes each {}, varint {}: the varint {}",
        format::duration(fixed.encode),
        format::duration(varint.encode),
        format::speedup(fixed.encode, varint.encode)
    );
    println!(
        "          a Vec per value {}: straight into the buffer {}",
        format::duration(vec_per_value.encode),
        format::speedup(vec_per_value.encode, varint.encode)
    );
    println!(
        "  decode  8 bytes each {}, varint {}: the varint {}",
        format::duration(fixed.decode),
        format::duration(varint.decode),
        format::speedup(fixed.decode, varint.decode)
    );
}

/// The first `count` values and their varints, as the C# twin prints them.
fn print_sequence(seed: u64, count: usize) -> std::io::Result<()> {
    let mut buf = [0; MAX_LEN];
    let lines = workload::values(seed, count).into_iter().map(|value| {
        let len = encode_into(value, &mut buf);
        let bytes: String =
            buf[..len].iter().map(|b| format!(" {b:02X}")).collect();
        format!("{value}{bytes}")
    });
    measure::demo::print_lines(lines)
}
