//! `fragmentation`: the demo binary. See the crate documentation of
//! `fragmentation_demo`.

use clap::Parser;
use fragmentation::workload::{
    BLOCK_BYTES, BLOCKS_PER_ROUND, ORDERS, Order, SEED, keeps_block,
};
use fragmentation_demo::ways::{self, Outcome, Way};
use fragmentation_demo::{DOTNET, leaks, timed};
use measure::format;
use std::io::Write;
use std::process::{Command, ExitCode};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Heap fragmentation: a few million orders, one in K kept, and the memory the
/// process holds beside what the program uses, each way in a fresh process.
#[derive(Debug, Parser)]
// --way runs one way alone, in this process; the timed mode has one way of its
// own.
#[command(version, about, group(clap::ArgGroup::new("alone").arg("way").conflicts_with("seconds")))]
struct Args {
    /// How many orders each way loads (128 bytes each).
    #[arg(long, default_value_t = ORDERS as u64, value_parser = clap::value_parser!(u64).range(1_000..=4_000_000))]
    orders: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<Way>,

    /// With --way: keep one order in this many.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=1_000))]
    keep: u64,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    if let Some(count) = args.shared.print_sequence {
        return Ok(print_sequence(args.shared.seed, count)?);
    }
    if let Some(seconds) = args.shared.seconds {
        println!(
            "Rounds of {BLOCKS_PER_ROUND} blocks of {} B, one in four kept until the next \
             round's\nsurvivors replace them, again and again for {seconds} s.\n",
            format::count(BLOCK_BYTES as u64)
        );
        timed::run(args.shared.seed, seconds, args.shared.report)?;
        return Ok(());
    }
    let count = args.orders as usize;
    if let Some(way) = args.shared.way {
        print_way(
            way,
            ways::run(way, args.shared.seed, count, args.keep),
            args.keep,
        );
        return Ok(());
    }
    let rss = measure::Rss::baseline();
    println!(
        "Heap fragmentation: what the process holds beside what the program uses.\n"
    );
    println!(
        "{} orders of {} B (seed {}) loaded, one in K kept, the rest freed.\n\
         Each way runs in a fresh process. Live heap: what the program still holds at\n\
         the end, counted by the allocator. RSS growth is the memory the process took\n\
         from the system (resident pages) since it started, at its peak (the system's\n\
         record) and at the end.\n",
        format::count(count as u64),
        size_of::<Order>(),
        args.shared.seed
    );
    println!(
        "Sparse survivors: a Box per order, all loaded, then one in K kept."
    );
    in_own_process(&args, Way::Boxes, 4)?;
    in_own_process(&args, Way::Boxes, 16)?;
    println!("\nThree fixes, keeping one in 4:");
    for way in [Way::Compaction, Way::Arena, Way::Pool] {
        in_own_process(&args, way, 4)?;
    }
    println!(
        "\nCompaction and the arena cure the end, not the peak: both load every order\n\
         before keeping a quarter. The pool, which gives each order back at once\n\
         unless it is kept, keeps both low."
    );
    println!("\nPinned top: every box freed but the last one allocated.");
    in_own_process(&args, Way::PinnedTop, 1)?;
    print_leaks();
    println!(
        "\nThis process ran only the leaks (each way above ran in its own):\n{}",
        rss.growth_line()
    );
    println!("\n{DOTNET}");
    Ok(())
}

/// Runs this binary again with `--way`, so the way starts from a fresh heap; it
/// prints its own lines.
fn in_own_process(
    args: &Args,
    way: Way,
    keep: u64,
) -> Result<(), measure::demo::Error> {
    std::io::stdout().flush()?;
    let name = clap::ValueEnum::to_possible_value(&way)
        .map_or_else(String::new, |v| v.get_name().to_string());
    let mut command = Command::new(std::env::current_exe()?);
    command
        .args(["--way", &name, "--keep", &keep.to_string()])
        .args(["--orders", &args.orders.to_string()])
        .args(["--seed", &args.shared.seed.to_string()]);
    // Started by a fork, so that the way's peak starts from this small
    // process's memory.
    let status = measure::Watched::spawn(&mut command)?.wait()?.status;
    if !status.success() {
        return Err(format!(
            "the `{name}` way failed in its own process ({status})"
        )
        .into());
    }
    Ok(())
}

/// The lines of one way, printed by the process that ran it.
fn print_way(way: Way, outcome: Outcome, keep: u64) {
    let title = match way {
        Way::Boxes => format!("keep 1 in {keep}"),
        Way::Compaction => {
            "compaction: the survivors copied into one Vec, the boxes freed"
                .into()
        }
        Way::Arena => {
            "arena: the batch in a bumpalo arena freed as one, survivors boxed"
                .into()
        }
        Way::Pool => {
            "pool: each order in a slot, given back at once unless kept".into()
        }
        Way::PinnedTop => "the last box".into(),
    };
    let Outcome {
        survivors,
        reading,
        after_trim,
    } = outcome;
    println!("  {title}");
    println!(
        "    {} {} kept, live heap {}",
        format::count(survivors as u64),
        if survivors == 1 { "order" } else { "orders" },
        format::bytes(reading.live.max(0) as u64)
    );
    let with_ratio = way != Way::PinnedTop;
    let peak = (reading.peak_rss, reading.peak_per_live());
    println!("    peak RSS growth: {}", rss_figures(peak, with_ratio));
    let end = (reading.rss, reading.rss_per_live());
    println!(
        "    RSS growth at the end: {}",
        rss_figures(end, with_ratio)
    );
    if way.trims() {
        let trimmed = after_trim
            .map_or("not on this platform (glibc's call)".into(), |r| {
                rss_figures((r.rss, r.rss_per_live()), with_ratio)
            });
        println!("    RSS after malloc_trim(0): {trimmed}");
    }
}

/// `290 MiB, 3.6× the live heap` for a growth and its ratio, or `n/a` where the
/// platform cannot tell.
fn rss_figures(
    (growth, ratio): (Option<i64>, Option<f64>),
    with_ratio: bool,
) -> String {
    let Some(growth) = growth else {
        return "n/a".into();
    };
    match ratio {
        Some(ratio) if with_ratio => {
            format!(
                "{}, {ratio:.1}× the live heap",
                format::signed_bytes(growth)
            )
        }
        _ => format::signed_bytes(growth),
    }
}

/// Three leaks, each measured: the bytes still live once every handle is gone.
fn print_leaks() {
    let orders: Vec<Order> =
        fragmentation::workload::orders(SEED, 1_000).collect();
    let first = orders[0];
    println!(
        "\nLeaks in safe Rust: bytes still live after every handle is gone."
    );
    let leaked = [
        ("an Rc cycle: two nodes, each pointing at the other", {
            measure::measure(|| leaks::rc_cycle(first)).1
        }),
        ("mem::forget of a Vec of 1,000 orders", {
            measure::measure(|| leaks::forget(orders.clone())).1
        }),
        ("Box::leak of one order", {
            measure::measure(|| leaks::leak(first)).1
        }),
    ];
    for (what, usage) in leaked {
        let live = format::bytes(usage.live_change.max(0) as u64);
        println!("  {what:<52} {live:>10}");
    }
}

/// The timed mode's first `count` draws and what each block does, as the C#
/// twin prints them.
fn print_sequence(seed: u64, count: u64) -> std::io::Result<()> {
    let mut rng = measure::SplitMix64::new(seed);
    let lines = (0..count).map(|_| {
        let draw = rng.next_u64();
        let fate = if keeps_block(draw) { "keep" } else { "free" };
        format!("{draw} {fate}")
    });
    measure::demo::print_lines(lines)
}
