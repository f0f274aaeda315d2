//! `profiling`: the demo binary. A sales report over 200,000 orders, as
//! shipped and as fixed: its totals only (allocations, bytes, peak, time),
//! measured. Where the allocations come from is left for a heap profiler to
//! find: `cargo workshop profile profiling`.

use clap::Parser;
use measure::format;
use measure::timed::median;
use profiling::workload::{self, ORDERS};
use profiling::{Report, naive, report};
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// A sales report as shipped and as fixed: its allocations, its peak heap
/// and its time, measured. Run it under a heap profiler to see where they
/// come from: cargo workshop profile profiling.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// How many orders.
    #[arg(long, default_value_t = ORDERS as u64, value_parser = clap::value_parser!(u64).range(1..=2_000_000))]
    orders: u64,

    // --seed, --seconds, --way (alone: run only that way), --report,
    // --print-sequence and --repeat: every demo's.
    #[command(flatten)]
    shared: measure::demo::Flags<Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<3>,
}

/// The two programs. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Way {
    /// The program as it was handed over (the exercise's starting point).
    Shipped,
    /// The reference solution.
    Fixed,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Fixed;
}

impl Way {
    fn name(self) -> &'static str {
        match self {
            Way::Shipped => "as shipped",
            Way::Fixed => "fixed",
        }
    }

    fn report(self, input: &str) -> Report {
        let report = match self {
            Way::Shipped => naive::report(input),
            Way::Fixed => report(input),
        };
        report.expect("the workload's orders are valid")
    }
}

fn main() -> std::process::ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let (orders, seed) = (args.orders as usize, args.shared.seed);
    if let Some(count) = args.shared.print_sequence {
        let input = workload::orders(seed, (count as usize).min(orders));
        return Ok(measure::demo::print_lines(input.lines())?);
    }
    let input = workload::orders(seed, orders);
    println!("Heap profiling: find it before you fix it.\n");
    if let Some(seconds) = args.shared.seconds {
        let way = args.shared.way();
        println!(
            "{} orders (seed {seed}), {}, reported on {} again and again \
             for {seconds} s.\n",
            format::count(orders as u64),
            format::bytes(input.len() as u64),
            way.name(),
        );
        let timed = measure::timed::Timed {
            seconds,
            rounds: "reports",
            report: args.shared.report,
        };
        let mut regions = 0;
        measure::timed::run(&mut std::io::stdout().lock(), timed, || {
            regions += way.report(&input).regions.len();
        })?;
        std::hint::black_box(regions);
        return Ok(());
    }
    let ways = match args.shared.way {
        Some(way) => vec![way],
        None => vec![Way::Shipped, Way::Fixed],
    };
    let repeat = args.repeat.repeat as usize;
    println!(
        "A sales report: {} orders (seed {seed}), {} of text, totals by\n\
         region and product, the top {} products of each region, the largest\n\
         order.\n",
        format::count(orders as u64),
        format::bytes(input.len() as u64),
        profiling::TOP,
    );
    match repeat {
        1 => println!("Each way run once.\n"),
        _ => println!("Each way run {repeat} times; times are medians.\n"),
    }
    println!("The report (this process's heap, counted):");
    println!(
        "  {:<12}  {:>11}  {:>15}  {:>11}",
        "", "allocations", "bytes allocated", "peak heap"
    );
    let mut results = Vec::new();
    for &way in &ways {
        let (report, usage) = measure::measure(|| way.report(&input));
        println!(
            "  {:<12}  {:>11}  {:>15}  {:>11}",
            way.name(),
            format::count(usage.allocations),
            format::bytes(usage.bytes_allocated),
            format::bytes(usage.peak_above_start as u64),
        );
        let time = timed(usage.elapsed, repeat, || way.report(&input));
        results.push((way, report, time));
    }
    println!();
    for (way, _, time) in &results {
        println!("Time, {}: {}.", way.name(), format::duration(*time));
    }
    if let [(_, shipped, old), (_, fixed, new)] = results.as_slice() {
        assert_eq!(shipped, fixed, "both programs give the same report");
        println!(
            "Fixed is {} than as shipped; the same report.",
            format::speedup(*old, *new)
        );
    }
    if let Some((_, report, _)) = results.first() {
        println!("\n{}", summary(report));
    }
    println!("\n{WHERE}\n\n{DOTNET}");
    Ok(())
}

/// The report in a few lines: enough to see it is a real one.
fn summary(report: &Report) -> String {
    let revenue: u64 = report.regions.iter().map(|r| r.revenue_cents).sum();
    let mut text = format!(
        "The report: {} orders in {} regions, {} cents in all.",
        format::count(report.orders),
        report.regions.len(),
        format::count(revenue),
    );
    if let Some(largest) = report.largest_order {
        text += &format!(
            "\nThe largest order: #{}, {} cents.",
            largest.id,
            format::count(largest.value_cents)
        );
    }
    text
}

/// What the demo leaves out, on purpose.
const WHERE: &str = "\
Where do the allocations and the peak come from? This output does not say;
a profiler does. `cargo workshop profile profiling` runs the program as
shipped under dhat and lists the lines that allocate most.";

/// What .NET does, printed under the comparison.
const DOTNET: &str = "\
.NET: dotnet-counters shows the allocation rate and the collections,
      dotnet-gcdump what is alive at one moment, Visual Studio's and
      PerfView's allocation views where it was allocated. The C# twin has
      the same two problems; side by side, measured:
      cargo workshop compare profiling";

/// The median of `first` (the measured run's time) and `repeat - 1` more
/// timings of `work`: with `--repeat 1`, the work runs once, as a profile of
/// it should show.
fn timed<R>(
    first: Duration,
    repeat: usize,
    mut work: impl FnMut() -> R,
) -> Duration {
    let more = (1..repeat).map(|_| {
        let started = Instant::now();
        std::hint::black_box(work());
        started.elapsed()
    });
    let mut times: Vec<Duration> = std::iter::once(first).chain(more).collect();
    median(&mut times)
}
