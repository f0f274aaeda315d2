//! `arena`: the demo binary. See the crate documentation of `arena_demo`.

use arena::naive::build_boxed;
use arena::workload::{self, NODES};
use arena::{Bump, build_tree};
use arena_demo::ways::{self, Measured};
use arena_demo::{DOTNET, reuse, timed};
use clap::Parser;
use measure::{Table, format};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// A tree built with a Box per node and in a bump arena: allocations, bytes and
/// times, measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// Nodes in the tree.
    #[arg(long, default_value_t = NODES as u64, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    size: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<7>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let specs = workload::specs(args.shared.seed, args.size as usize);
    if let Some(count) = args.shared.print_sequence {
        let lines = specs.iter().map(|s| format!("{} {}", s.children, s.label));
        return Ok(measure::demo::print_lines(lines.take(count as usize))?);
    }
    let label_bytes: usize = specs.iter().map(|s| s.label.len()).sum();
    println!("Arenas: one bump allocator instead of a box per node.\n");
    println!(
        "The tree: {}, labels like \"{}\" ({} of text), seed {}.",
        counted(specs.len() as u64, "node"),
        specs[0].label,
        format::bytes(label_bytes as u64),
        args.shared.seed
    );
    if let Some(seconds) = args.shared.seconds {
        let way = match args.shared.way() {
            timed::Way::PerNode => "a Box per node",
            timed::Way::Arena => {
                "in one bumpalo::Bump, reset before each build"
            }
        };
        println!(
            "Built and dropped, again and again for {seconds} s:\n{way}.\n"
        );
        timed::run(&specs, args.shared.way(), seconds, args.shared.report)?;
        return Ok(());
    }

    let rss = measure::Rss::baseline();
    let repeat = args.repeat.repeat as usize;
    println!("Built and dropped {repeat} times each way; times are medians.\n");
    let progress = Progress::new(2 * repeat);
    let boxed =
        ways::measure(repeat, || build_boxed(&specs), |_| progress.step());
    let in_arena = ways::measure(
        repeat,
        || {
            let arena = Bump::new();
            std::hint::black_box(build_tree(&arena, &specs)?);
            Ok::<_, arena::ShapeError>(arena)
        },
        |_| progress.step(),
    );
    progress.clear();
    print_side_by_side(&boxed, &in_arena);

    let rebuilds = reuse::allocations_per_build(&specs, repeat);
    let listed: Vec<String> =
        rebuilds.iter().map(|&n| format::count(n)).collect();
    println!(
        "\nReused: one arena, reset before each build. Bump::reset frees every\n\
         chunk but the largest; allocations per build: {}.",
        listed.join(", ")
    );
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

/// The table of counts, then the median times in sentences (a time's width
/// varies, so times stay out of the aligned table and the snapshot can redact
/// them).
fn print_side_by_side(boxed: &Measured, in_arena: &Measured) {
    let mut table = Table::new(["", "Box per node", "bumpalo::Bump", "ratio"]);
    table
        .row([
            "allocations".to_string(),
            format::count(boxed.allocations),
            format::count(in_arena.allocations),
            format::ratio(boxed.allocations, in_arena.allocations),
        ])
        .row([
            "frees when dropped".to_string(),
            format::count(boxed.frees),
            format::count(in_arena.frees),
            format::ratio(boxed.frees, in_arena.frees),
        ])
        .row([
            "bytes allocated".to_string(),
            format::bytes(boxed.bytes_allocated),
            format::bytes(in_arena.bytes_allocated),
        ])
        .row([
            "peak live heap".to_string(),
            format::bytes(boxed.peak_live as u64),
            format::bytes(in_arena.peak_live as u64),
        ]);
    println!("{table}");
    if in_arena.bytes_allocated > boxed.bytes_allocated {
        println!(
            "The arena's {} are {}, each twice the one before: the last is\n\
             partly empty, so it holds more than the Box tree's {}.\n",
            format::bytes(in_arena.bytes_allocated),
            counted(in_arena.allocations, "chunk"),
            format::bytes(boxed.bytes_allocated),
        );
    }
    println!("Median times:");
    for (what, naive, arena) in [
        ("build", boxed.build, in_arena.build),
        ("drop", boxed.drop, in_arena.drop),
        (
            "both",
            boxed.build + boxed.drop,
            in_arena.build + in_arena.drop,
        ),
    ] {
        println!(
            "  {what:<7}Box per node {}, arena {}: the arena {}",
            format::duration(naive),
            format::duration(arena),
            format::speedup(naive, arena)
        );
    }
}

/// `1 node`, `100,000 nodes`.
fn counted(n: u64, thing: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{} {thing}{s}", format::count(n))
}

/// A `measuring 3/14` line on stderr, shown only on a terminal and only once
/// the work has taken over a second (the default run is done well before that).
struct Progress {
    total: usize,
    done: std::cell::Cell<usize>,
    started: Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new(total: usize) -> Self {
        Self {
            total,
            done: 0.into(),
            started: Instant::now(),
            shown: false.into(),
        }
    }

    fn step(&self) {
        self.done.set(self.done.get() + 1);
        if std::io::stderr().is_terminal()
            && self.started.elapsed() > Duration::from_secs(1)
        {
            eprint!("\r  measuring {}/{} ", self.done.get(), self.total);
            self.shown.set(true);
        }
    }

    fn clear(&self) {
        if self.shown.get() {
            eprint!("\r{:30}\r", "");
        }
    }
}
