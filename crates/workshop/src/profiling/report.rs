//! A profile beside the counting allocator's figures for the same run, within 80 columns: the
//! totals in a table with their difference, what the difference is, then the module's
//! allocation sites, most allocations and most bytes at the peak.

use super::Profile;
use measure::format;
use measure::profile::RunCounts;
use std::fmt::Write;

/// How many sites each list shows.
const SITES: usize = 5;

/// The heap profilers `workshop profile` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tool {
    Dhat,
    Heaptrack,
    Massif,
}

impl Tool {
    pub fn name(self) -> &'static str {
        match self {
            Tool::Dhat => "dhat",
            Tool::Heaptrack => "heaptrack",
            Tool::Massif => "massif",
        }
    }
}

/// The whole report, for `module`'s run profiled by `tool`.
pub fn render(tool: Tool, profile: &Profile, counts: &RunCounts, module: &str) -> String {
    let name = tool.name();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:16}{name:>16}{:>22}  difference",
        "", "counting allocator"
    );
    let mut row = |what: &str, theirs: Option<u64>, ours: u64, unit: &str| {
        let Some(theirs) = theirs else {
            let _ = writeln!(
                out,
                "{what:<16}{:>16}{:>22}",
                "not counted",
                with_unit(ours, unit)
            );
            return;
        };
        let _ = writeln!(
            out,
            "{what:<16}{:>16}{:>22}  {}",
            with_unit(theirs, unit),
            with_unit(ours, unit),
            difference(theirs, ours, unit)
        );
    };
    row("allocations", profile.allocations, counts.allocations, "");
    row(
        "bytes allocated",
        profile.bytes_allocated,
        counts.bytes_allocated,
        " B",
    );
    row(
        "peak live heap",
        Some(profile.peak_bytes),
        counts.peak_live_bytes,
        " B",
    );
    out.push('\n');
    out.push_str(&crate::text::wrap(&why(tool, profile, counts), ""));
    out.push('\n');
    if !profile.by_allocations.is_empty() {
        let _ = writeln!(
            out,
            "\nMost allocations ({name}), by place in the code of {module}:"
        );
        for site in profile.by_allocations.iter().take(SITES) {
            let _ = writeln!(
                out,
                "{:>11}  {}",
                format::count(site.allocations),
                site.place
            );
        }
    }
    if !profile.by_peak.is_empty() {
        let _ = writeln!(
            out,
            "\nMost bytes live at the peak ({name}), by place in the code of {module}:"
        );
        for site in profile.by_peak.iter().take(SITES) {
            let _ = writeln!(out, "{:>11}  {}", format::bytes(site.bytes), site.place);
        }
    }
    out
}

fn with_unit(n: u64, unit: &str) -> String {
    format!("{}{unit}", format::count(n))
}

/// `theirs` minus `ours`, and as a share of ours: `-2 (0.00%)`, `same`.
fn difference(theirs: u64, ours: u64, unit: &str) -> String {
    if theirs == ours {
        return "same".to_string();
    }
    let change = theirs as f64 - ours as f64;
    let share = if ours == 0 {
        100.0
    } else {
        100.0 * change.abs() / ours as f64
    };
    let sign = if change < 0.0 { "-" } else { "+" };
    format!(
        "{sign}{}{unit} ({share:.2}%)",
        format::count(change.abs() as u64)
    )
}

/// Why the tool's figures differ from the counting allocator's, from what was measured.
fn why(tool: Tool, profile: &Profile, counts: &RunCounts) -> String {
    match tool {
        Tool::Dhat => {
            let start = format!(
                "The counting allocator counts from the process's start, dhat from the demo's \
                 first line, after the {} allocations of Rust's start-up ({} still live).",
                format::count(counts.allocations_before_profiler),
                with_unit(counts.live_bytes_before_profiler, " B"),
            );
            let same = profile.allocations
                == Some(counts.allocations - counts.allocations_before_profiler)
                && profile.peak_bytes + counts.live_bytes_before_profiler == counts.peak_live_bytes;
            let verdict = if same {
                "From there the two agree exactly: dhat's own bookkeeping is kept out of both."
            } else {
                "From there they still differ: dhat did not see part of the run (another \
                 thread's allocations before it started, or blocks it never saw allocated)."
            };
            format!("{start} {verdict}")
        }
        Tool::Heaptrack => "heaptrack counts every call to malloc in the process, the counting \
                            allocator only Rust's: the difference is the C runtime's start-up \
                            and heaptrack's own preloaded library (which loads libstdc++). \
                            heaptrack prints sizes to 4 digits (111.97M), so its bytes are \
                            rounded."
            .to_string(),
        Tool::Massif => "massif counts no calls: it takes snapshots of the heap's size, and its \
                         peak is the largest (workshop profile asks for the exact peak: \
                         --peak-inaccuracy=0.0). Its heap also holds the C runtime's blocks."
            .to_string(),
    }
}
