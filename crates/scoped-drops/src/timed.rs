//! The timed run: worker threads loop for N seconds while the main thread
//! prints one measured line per second. Figures are process-wide, from the
//! counting allocator; RSS from `memory-stats`.

use crate::workload;
use measure::{Columns, Rss, format};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// What the run does with each spike (`--way`). The C# twin takes the same
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// Free each spike at once, on both sides of `workshop compare`: the fair
    /// comparison.
    FreeSpikes,
    /// Keep the spikes alive (at most [`workload::MAX_RETAINED_SPIKES`]), as
    /// the widely copied .NET original did.
    RetainSpikes,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::FreeSpikes;
}

/// How long, how many workers, which seed, which way.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub seconds: u64,
    pub workers: usize,
    pub seed: u64,
    /// A spike ([`workload::SPIKE_SIZE`]) every this many seconds.
    pub spike_every: u64,
    /// Free each spike at once, or keep them.
    pub way: Way,
    /// Record each iteration's time and print `@name value` lines at the end,
    /// for `workshop compare` (the C# twin prints the same lines).
    pub report: bool,
}

/// With `report`, each worker records at most this many iteration times, in a
/// buffer allocated before its measured loop (so recording never allocates
/// inside it).
const RECORDED_ITERATIONS: usize = 200_000;

/// One worker's outcome: what its thread allocated and freed, and its iteration
/// times (µs).
#[derive(Debug)]
struct Worker {
    usage: measure::Usage,
    durations_us: Vec<u32>,
}

/// Runs the workers and prints a line per second, then the totals.
pub fn run(settings: Settings) -> std::io::Result<()> {
    if settings.report {
        measure::report::ready(&mut std::io::stdout().lock())?;
    }
    let stop = AtomicBool::new(false);
    let iterations = AtomicU64::new(0);
    let rss = Rss::baseline();
    let start = measure::counters();
    let started = Instant::now();
    let mut peak_rss_growth: Option<i64> = None; // None: RSS not available here
    let mut retained: Vec<Vec<u8>> = Vec::new(); // spikes kept alive, with --retain-spikes

    // Each worker measures its own loop (measure() counts the calling thread
    // only), so what each one left live is a figure of its own, not the
    // process's.
    let workers = std::thread::scope(
        |scope| -> std::io::Result<Vec<Worker>> {
            let mut handles = Vec::with_capacity(settings.workers);
            for worker in 0..settings.workers {
                let (stop, iterations) = (&stop, &iterations);
                let seed = settings.seed + worker as u64;
                let handle = std::thread::Builder::new()
                    .name(format!("worker {worker}"))
                    .spawn_scoped(scope, move || {
                        let mut sizes = workload::Sizes::new(seed);
                        let mut index = 0;
                        let capacity = if settings.report {
                            RECORDED_ITERATIONS
                        } else {
                            0
                        };
                        let mut durations_us: Vec<u32> =
                            Vec::with_capacity(capacity);
                        let ((), usage) = measure::measure(|| {
                            while !stop.load(Relaxed) {
                                let started = Instant::now();
                                std::hint::black_box(workload::iteration(
                                    &mut sizes, index,
                                ));
                                if durations_us.len() < durations_us.capacity()
                                {
                                    let micros = started.elapsed().as_micros();
                                    durations_us.push(
                                        u32::try_from(micros)
                                            .unwrap_or(u32::MAX),
                                    );
                                }
                                index += 1;
                                iterations.fetch_add(1, Relaxed);
                            }
                        });
                        Worker {
                            usage,
                            durations_us,
                        }
                    })?;
                handles.push(handle);
            }

            println!(
                "   RSS growth is resident memory above the {} the process held\n   before the \
             workers started.\n",
                rss.at_baseline().map_or("n/a".to_string(), format::bytes)
            );
            let columns = Columns::new([7, 9, 9, 9, 9, 9, 10]);
            println!(
                "{}",
                columns.line([
                    "time",
                    "allocated",
                    "freed",
                    "allocs/s",
                    "live",
                    "peak",
                    "RSS growth"
                ])
            );
            println!("{}", columns.rule());
            let mut previous = start;
            let mut previous_at = started;
            for second in 1..=settings.seconds {
                std::thread::sleep(
                    (started + Duration::from_secs(second))
                        .saturating_duration_since(Instant::now()),
                );
                let spiked = second % settings.spike_every == 0;
                if spiked {
                    let spike = workload::spike();
                    if settings.way == Way::RetainSpikes {
                        if retained.len() == workload::MAX_RETAINED_SPIKES {
                            retained.remove(0);
                        }
                        retained.push(spike);
                    }
                }
                let (now, now_at) = (measure::counters(), Instant::now());
                let rss_growth = rss.above_baseline();
                peak_rss_growth = peak_rss_growth.max(rss_growth);
                let per_second = (now.allocations - previous.allocations)
                    as f64
                    / now_at.duration_since(previous_at).as_secs_f64();
                let time = format!("{second:>2}/{} s", settings.seconds);
                println!(
                    "{}{}",
                    columns.line([
                        time,
                        format::bytes(
                            now.bytes_allocated - previous.bytes_allocated
                        ),
                        format::bytes(now.bytes_freed - previous.bytes_freed),
                        format::count(per_second as u64),
                        format::bytes(now.live_bytes as u64),
                        format::bytes(now.peak_live_bytes as u64),
                        rss_growth
                            .map_or("n/a".to_string(), format::signed_bytes),
                    ]),
                    if spiked { " *" } else { "" }
                );
                (previous, previous_at) = (now, now_at);
            }
            stop.store(true, Relaxed);
            println!(
                "  * a {} MiB spike in that second\n\n  allocated, freed and allocs/s: in that second \
             alone. live and peak: the\n  allocator's count at its end, and the highest so far.",
                workload::SPIKE_SIZE / workload::MIB
            );
            Ok(handles
                .into_iter()
                .map(|h| h.join().expect("a worker thread panicked"))
                .collect())
        },
    )?;

    let end = measure::counters();
    let elapsed = started.elapsed();
    let allocated = end.bytes_allocated - start.bytes_allocated;
    let freed = end.bytes_freed - start.bytes_freed;
    let mut totals = measure::Table::new(["", "measured"]);
    totals
        .row(["run time", &format::duration(elapsed)])
        .row([
            "worker iterations",
            &format::count(iterations.load(Relaxed)),
        ])
        .row([
            "allocations",
            &format::count(end.allocations - start.allocations),
        ])
        .row(["bytes allocated", &format::bytes(allocated)])
        .row(["bytes freed", &format::bytes(freed)])
        .row([
            "still live (whole process)",
            &format::bytes(end.live_bytes as u64),
        ])
        .row(["peak live heap", &format::bytes(end.peak_live_bytes as u64)])
        .row([
            "peak RSS growth (sampled each second)",
            &peak_rss_growth.map_or("n/a".into(), format::signed_bytes),
        ]);
    println!("\n{totals}");
    println!(
        "RSS is read once a second, so it misses spikes that come and go between two\n\
         readings: its peak can sit below the live heap's, which the allocator counts\n\
         at every allocation.\n"
    );
    let left: Vec<String> = (workers.iter().enumerate())
        .filter(|(_, worker)| worker.usage.live_change != 0)
        .map(|(i, worker)| {
            let live = format::signed_bytes(worker.usage.live_change);
            format!("worker {i}: {live}")
        })
        .collect();
    if left.is_empty() {
        println!(
            "Each worker, measured on its own thread, freed all it allocated: 0 B left\n\
             live, by {} workers. Every buffer was freed at the end of its scope, with\n\
             no collector.",
            workers.len()
        );
    } else {
        println!("Workers left memory live: {}.", left.join(", "));
    }
    if settings.report {
        let mut durations: Vec<u32> = workers
            .iter()
            .flat_map(|w| w.durations_us.clone())
            .collect();
        let out = &mut std::io::stdout().lock();
        measure::report::totals(
            out,
            iterations.load(Relaxed),
            &mut durations,
            allocated,
        )?;
    }
    Ok(())
}
