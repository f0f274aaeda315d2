//! `pool`: the demo binary. See the crate documentation of `pool_demo`.

use clap::Parser;
use measure::{Table, format};
use pool::Pool;
use pool::naive::BoxPool;
use pool::workload::{self, CYCLES, LIVE, Particle};
use pool_demo::slots::Slots;
use pool_demo::ways::{self, Measured};
use pool_demo::{DOTNET, timed};
use std::process::ExitCode;
use std::time::Duration;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Churning short-lived objects with a Box each and in a pool: allocations and
/// times, measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// Particles alive at once.
    #[arg(long, default_value_t = LIVE as u64, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    live: u64,

    /// Remove + insert cycles after the warm-up.
    #[arg(long, default_value_t = CYCLES as u64, value_parser = clap::value_parser!(u64).range(0..=10_000_000))]
    cycles: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let live = args.live as usize;
    if let Some(count) = args.shared.print_sequence {
        let victims = workload::victims(args.shared.seed, count as usize, live);
        return Ok(measure::demo::print_lines(victims)?);
    }
    let victims =
        workload::victims(args.shared.seed, args.cycles as usize, live);
    println!("Object pools: reuse freed slots instead of allocating.\n");
    println!(
        "{} particles of {} bytes alive; {} cycles, each removing a random\n\
         one and inserting a new one (seed {}).",
        format::count(live as u64),
        size_of::<Particle>(),
        format::count(args.cycles),
        args.shared.seed
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "The warm-up, the churn and a drop, again and again for {seconds} s.\n"
        );
        timed::run(
            args.shared.way(),
            live,
            &victims,
            seconds,
            args.shared.report,
        )?;
        return Ok(());
    }
    let rss = measure::Rss::baseline();
    let repeat = args.repeat.repeat as usize;
    match repeat {
        1 => println!("Each way measured once.\n"),
        _ => println!("Each way measured {repeat} times; times are medians.\n"),
    }
    let boxes = ways::measure::<BoxPool<Particle>>(live, &victims, repeat);
    let pool = ways::measure::<Pool<Particle>>(live, &victims, repeat);
    print_side_by_side(&boxes, &pool);
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

/// One cell of the table: a figure of one pool, formatted.
type Cell = fn(&Measured) -> String;

/// The counts side by side, then the median times in sentences (a time's width
/// varies, so times stay out of the aligned table and the snapshot can redact
/// them).
fn print_side_by_side(boxes: &Measured, pool: &Measured) {
    let names = [BoxPool::<Particle>::NAME, Pool::<Particle>::NAME];
    let mut table = Table::new(["", names[0], names[1]]);
    let rows: [(&str, Cell); 5] = [
        ("allocations, warm-up", |m| {
            format::count(m.warm_up_allocations)
        }),
        ("allocations, churn", |m| format::count(m.churn_allocations)),
        ("frees, churn", |m| format::count(m.churn_frees)),
        ("peak live heap", |m| format::bytes(m.peak_live as u64)),
        ("slots at the end", |m| format::count(m.slots as u64)),
    ];
    for (what, cell) in rows {
        table.row([what.to_string(), cell(boxes), cell(pool)]);
    }
    println!("{table}");
    println!(
        "Churn: a Box per new particle; the one allocation in both columns is the\n\
         list of free slots, made at the first removal. Peak: the pool's slots hold\n\
         the particles themselves, in one Vec that grows by doubling, so at its peak\n\
         it has room to spare; a Box takes exactly one particle's bytes.\n"
    );
    println!("Median times:");
    for (what, boxed, pooled) in [
        ("warm-up", boxes.warm_up, pool.warm_up),
        ("churn", boxes.churn, pool.churn),
        ("drop", boxes.drop, pool.drop),
    ] {
        print_times(what, boxed, pooled);
    }
}

fn print_times(what: &str, boxed: Duration, pooled: Duration) {
    println!(
        "  {what:<9}Box per object {}, pool {}: the pool {}",
        format::duration(boxed),
        format::duration(pooled),
        format::speedup(boxed, pooled)
    );
}
