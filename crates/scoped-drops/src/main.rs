//! `scoped-drops`: the demo binary. See the crate documentation of `scoped_drops_demo`.

use clap::Parser;
use measure::format;
use scoped_drops::workload::{BATCHES, NUMBERS_PER_BATCH, sample_batches};
use scoped_drops_demo::{DOTNET_WORKLOAD, batch_job, fixed, timed, workload};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Rust frees memory at the end of each scope, with no garbage collector: measured.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// How long the worker threads run (a line is printed each second).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    seconds: u64,

    /// Worker threads [default: one per core, at most 8, to keep peak memory well under 1 GiB].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=64))]
    threads: Option<u64>,

    /// Seed for the random sizes: the same seed gives the same work.
    #[arg(long, default_value_t = 42)]
    seed: u64,

    /// Keep the spikes alive to the end (at most 6, 300 MiB), as the widely copied .NET
    /// original did; the fair default frees each at once, on both sides of `workshop compare`.
    #[arg(long, conflicts_with = "iterations")]
    retain_spikes: bool,

    /// Also record each iteration's time and print `@name value` lines at the end (what
    /// `workshop compare` reads; the C# twin prints the same).
    #[arg(long, conflicts_with = "iterations")]
    report: bool,

    /// Print the first N numbers of the workload's seeded sequence (here: the sizes it
    /// allocates, in order), one per line, and stop. The C# twin prints the very same ones.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    print_sequence: Option<u64>,

    /// Fixed mode: one worker on the main thread for exactly this many iterations, instead of
    /// threads for --seconds. Its output is the same on every run apart from time and RSS.
    #[arg(long, conflicts_with_all = ["seconds", "threads"], value_parser = clap::value_parser!(u64).range(1..=10_000))]
    iterations: Option<u64>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    if let Some(count) = args.print_sequence {
        for size in workload::Sizes::new(args.seed).take(count as usize) {
            println!("{size}");
        }
        return Ok(());
    }
    let spike = format!("{} MiB", workload::SPIKE_SIZE / workload::MIB);
    println!("Scoped drops: Rust frees memory at the end of each scope; no collector runs.\n");
    println!(
        "1. The GC stress loop. Each iteration: a {}–{} MiB buffer, {} strings\n   \
         of {}–{} bytes, and {} × {} MiB every {}th iteration.",
        workload::BUFFER_SIZES.start() / workload::MIB,
        workload::BUFFER_SIZES.end() / workload::MIB,
        format::count(workload::STRINGS as u64),
        workload::STRING_SIZES.start(),
        format::count(*workload::STRING_SIZES.end() as u64),
        workload::LARGE_COUNT,
        workload::LARGE_SIZE / workload::MIB,
        workload::LARGE_EVERY,
    );
    match args.iterations {
        Some(iterations) => {
            println!(
                "   Fixed mode: 1 worker on the main thread, {iterations} iterations, seed {},\n   \
                 a {spike} spike every {} iterations.\n",
                args.seed,
                fixed::SPIKE_EVERY
            );
            fixed::run(iterations, args.seed);
        }
        None => {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            let workers = args.threads.map_or(cores.min(8), |t| t as usize);
            let settings = timed::Settings {
                seconds: args.seconds,
                workers,
                seed: args.seed,
                spike_every: 3,
                retain_spikes: args.retain_spikes,
                report: args.report,
            };
            let fate = if settings.retain_spikes {
                "kept alive (--retain-spikes)"
            } else {
                "freed at once"
            };
            println!(
                "   {workers} worker threads ({cores} cores), {} s, seed {},\n   \
                 a {spike} spike every {} s, {fate}.\n",
                settings.seconds, settings.seed, settings.spike_every
            );
            timed::run(settings).map_err(|e| format!("could not start the worker threads: {e}"))?;
        }
    }
    println!("\n{DOTNET_WORKLOAD}\n");

    println!(
        "2. The exercise's batch job: {} batches of {} numbers,\n   keep-everything vs scoped.\n",
        BATCHES,
        format::count(NUMBERS_PER_BATCH as u64)
    );
    let batches = sample_batches(args.seed, BATCHES, NUMBERS_PER_BATCH).texts;
    batch_job::print(&batch_job::compare(&batches));
    println!("\n{}", batch_job::DOTNET);
    Ok(())
}
