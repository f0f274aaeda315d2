//! `bitset`: the demo binary. See the crate documentation of `bitset_demo`.

use bitset::BitSet;
use bitset::naive::BoolSet;
use bitset::workload::{self, FLAGS, TOUCHES};
use bitset_demo::flags::Flags;
use bitset_demo::ways::{self, Measured};
use bitset_demo::{DOTNET, timed};
use clap::Parser;
use measure::{Table, format};
use std::process::ExitCode;
use std::time::Duration;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Flags as a Vec<bool> and as a bit set: heap, inserts, lookups and counts,
/// measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// Flags in each set.
    #[arg(long, default_value_t = FLAGS as u64, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    flags: u64,

    /// Random indexes to insert, and then to look up.
    #[arg(long, default_value_t = TOUCHES as u64, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    touches: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let flags = args.flags as usize;
    let touches = args.touches as usize;
    if let Some(count) = args.shared.print_sequence {
        let indexes =
            workload::indexes(args.shared.seed, count as usize, flags);
        return Ok(measure::demo::print_lines(indexes)?);
    }
    // The lookups are a second draw, so about a tenth of them hit an inserted
    // index.
    let inserts = workload::indexes(args.shared.seed, touches, flags);
    let lookups =
        workload::indexes(args.shared.seed.wrapping_add(1), touches, flags);
    println!("Bit sets: a bit per flag instead of a byte.\n");
    println!(
        "{} flags; {} random inserts, then {} random lookups\n(seed {}).",
        format::count(flags as u64),
        format::count(touches as u64),
        format::count(touches as u64),
        args.shared.seed
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "A new set, the inserts, the lookups and a count, again and again for {seconds} s.\n"
        );
        let rounds = timed::Rounds {
            flags,
            inserts: &inserts,
            lookups: &lookups,
            seconds,
            report: args.shared.report,
        };
        timed::run(args.shared.way(), rounds)?;
        return Ok(());
    }

    let rss = measure::Rss::baseline();
    let repeat = args.repeat.repeat as usize;
    match repeat {
        1 => println!("Each set measured once.\n"),
        _ => println!("Each set measured {repeat} times; times are medians.\n"),
    }
    let bytes =
        ways::measure::<BoolSet>(flags, &inserts, &lookups, repeat, || ());
    let bits =
        ways::measure::<BitSet>(flags, &inserts, &lookups, repeat, || ());
    print_side_by_side(&bytes, &bits);
    println!(
        "\nWhere packing does not pay: setting all {} flags in order. Each write\n\
         to a bit set reads its word, sets one bit and writes the word back; a\n\
         Vec<bool> stores a byte, and both stream through memory in order:",
        format::count(flags as u64)
    );
    print_times("fill", bytes.fill, bits.fill);
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

/// The counts side by side, then the median times in sentences (a time's width
/// varies, so times stay out of the aligned table and the snapshot can redact
/// them).
fn print_side_by_side(bytes: &Measured, bits: &Measured) {
    let mut table = Table::new(["", BoolSet::NAME, BitSet::NAME, "ratio"]);
    table
        .row([
            "heap bytes".to_string(),
            format::bytes(bytes.heap_bytes),
            format::bytes(bits.heap_bytes),
            format::ratio(bytes.heap_bytes, bits.heap_bytes),
        ])
        .row([
            "allocations".to_string(),
            format::count(bytes.allocations),
            format::count(bits.allocations),
        ])
        .row([
            "indexes held".to_string(),
            format::count(bytes.held as u64),
            format::count(bits.held as u64),
        ])
        .row([
            "lookups that hit".to_string(),
            format::count(bytes.hits as u64),
            format::count(bits.hits as u64),
        ]);
    println!("{table}");
    println!("Median times:");
    print_times("insert", bytes.insert, bits.insert);
    print_times("lookup", bytes.lookup, bits.lookup);
    print_times("count", bytes.count, bits.count);
}

fn print_times(what: &str, bytes: Duration, bits: Duration) {
    println!(
        "  {what:<8}{} {}, {} {}: the bit set {}",
        BoolSet::NAME,
        format::duration(bytes),
        BitSet::NAME,
        format::duration(bits),
        format::speedup(bytes, bits)
    );
}
