//! `scoped-drops`: the demo binary. See the crate documentation of
//! `scoped_drops_demo`.

use clap::Parser;
use measure::format;
use scoped_drops::workload::{BATCHES, NUMBERS_PER_BATCH, sample_batches};
use scoped_drops_demo::{DOTNET_WORKLOAD, batch_job, fixed, timed, workload};
use std::process::ExitCode;

/// How long the worker threads run when --seconds is not given.
const DEFAULT_SECONDS: u64 = 10;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Rust frees memory at the end of each scope, with no garbage collector:
/// measured.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    /// Worker threads [default: one per core, at most 8, to keep peak memory
    /// well under 1 GiB].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=64))]
    threads: Option<u64>,

    /// Fixed mode: one worker on the main thread for exactly this many
    /// iterations, instead of threads for --seconds (10 s when not given). Its
    /// output is the same on every run apart from time and RSS.
    #[arg(long, conflicts_with_all = ["seconds", "threads", "way", "report"], value_parser = clap::value_parser!(u64).range(1..=10_000))]
    iterations: Option<u64>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    if let Some(count) = args.shared.print_sequence {
        let sizes = workload::Sizes::new(args.shared.seed).take(count as usize);
        return Ok(measure::demo::print_lines(sizes)?);
    }
    let spike = format!("{} MiB", workload::SPIKE_SIZE / workload::MIB);
    println!(
        "Scoped drops: Rust frees memory at the end of each scope; no collector runs.\n"
    );
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
                args.shared.seed,
                fixed::SPIKE_EVERY
            );
            fixed::run(iterations, args.shared.seed);
        }
        None => {
            let cores =
                std::thread::available_parallelism().map_or(1, |n| n.get());
            let workers = args.threads.map_or(cores.min(8), |t| t as usize);
            let settings = timed::Settings {
                seconds: args.shared.seconds.unwrap_or(DEFAULT_SECONDS),
                workers,
                seed: args.shared.seed,
                spike_every: 3,
                way: args.shared.way(),
                report: args.shared.report,
            };
            let fate = if settings.way == timed::Way::RetainSpikes {
                "kept alive (--way retain-spikes)"
            } else {
                "freed at once"
            };
            println!(
                "   {workers} worker threads ({cores} cores), {} s, seed {},\n   \
                 a {spike} spike every {} s, {fate}.\n",
                settings.seconds, settings.seed, settings.spike_every
            );
            timed::run(settings).map_err(|e| {
                format!("could not start the worker threads: {e}")
            })?;
        }
    }
    println!("\n{DOTNET_WORKLOAD}\n");

    println!(
        "2. The exercise's batch job: {} batches of {} numbers,\n   keep-everything vs scoped.\n",
        BATCHES,
        format::count(NUMBERS_PER_BATCH as u64)
    );
    let batches =
        sample_batches(args.shared.seed, BATCHES, NUMBERS_PER_BATCH).texts;
    batch_job::print(&batch_job::compare(&batches));
    println!("\n{}", batch_job::DOTNET);
    Ok(())
}
