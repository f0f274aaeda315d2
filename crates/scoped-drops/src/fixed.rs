//! The fixed run: one worker on the main thread for a fixed number of
//! iterations, measured in groups of ten. Nothing else runs, so every byte and
//! allocation count is exact and the same on every run and machine; only the
//! closing time and RSS line varies.

use crate::workload;
use measure::{Columns, Rss, format};
use std::time::Instant;

/// Iterations measured per printed line.
pub const GROUP: u64 = 10;
/// A spike ([`workload::SPIKE_SIZE`]) every this many iterations.
pub const SPIKE_EVERY: u64 = 25;

/// Runs `iterations` iterations and prints a measured line per group of ten.
pub fn run(iterations: u64, seed: u64) {
    let mut sizes = workload::Sizes::new(seed);
    let rss = Rss::baseline();
    let started = Instant::now();
    let columns = Columns::new([10, 9, 9, 11, 10, 10]);
    println!(
        "{}",
        columns.line([
            "iterations",
            "allocated",
            "freed",
            "allocations",
            "live after",
            "peak above"
        ])
    );
    println!("{}", columns.rule());
    let mut index = 0;
    let mut kept = 0i64; // live bytes left behind, summed over the groups
    while index < iterations {
        let group = index..(index + GROUP).min(iterations);
        let label = format!("{:>4}–{}", group.start + 1, group.end);
        let (spikes, usage) = measure::measure(|| {
            let mut spikes = 0;
            for i in group.clone() {
                std::hint::black_box(workload::iteration(&mut sizes, i));
                if i % SPIKE_EVERY == SPIKE_EVERY - 1 {
                    drop(workload::spike());
                    spikes += 1;
                }
            }
            spikes
        });
        println!(
            "{}{}",
            columns.line([
                label,
                format::bytes(usage.bytes_allocated),
                format::bytes(usage.bytes_freed),
                format::count(usage.allocations),
                format::signed_bytes(usage.live_change),
                format::bytes(usage.peak_above_start as u64),
            ]),
            if spikes > 0 { " *" } else { "" }
        );
        kept += usage.live_change;
        index = group.end;
    }
    println!(
        "  * with a {} MiB spike",
        workload::SPIKE_SIZE / workload::MIB
    );
    let verdict = if kept == 0 {
        "Every group left 0 B live: each iteration's buffers were freed at the end\nof its scope."
    } else {
        "Some groups left memory live: see the 'live after' column."
    };
    println!(
        "\n{verdict}\nTook {}.\nRSS: {}.",
        format::duration(started.elapsed()),
        match (rss.above_baseline(), rss.at_baseline()) {
            (Some(growth), Some(base)) => format!(
                "{} above the {} the process held at the start",
                format::signed_bytes(growth),
                format::bytes(base)
            ),
            _ => "not available on this platform".to_string(),
        }
    );
}
