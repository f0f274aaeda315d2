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
    let (sign, change) = match theirs.cmp(&ours) {
        std::cmp::Ordering::Less => ("-", ours - theirs),
        std::cmp::Ordering::Equal => return "same".to_string(),
        std::cmp::Ordering::Greater => ("+", theirs - ours),
    };
    let share = if ours == 0 {
        100.0
    } else {
        100.0 * change as f64 / ours as f64
    };
    format!("{sign}{}{unit} ({share:.2}%)", format::count(change))
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
        Tool::Massif => "massif counts no calls: it takes snapshots of the heap, and its peak \
                         here is the largest heap of a snapshot, which can miss the true peak \
                         by a little (workshop profile asks massif for its exact peak, \
                         --peak-inaccuracy=0.0, but massif's peak counts the allocator's \
                         overhead too: its places are listed from that snapshot). Its heap also \
                         holds the C runtime's blocks."
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiling::Site;

    fn counts() -> RunCounts {
        RunCounts {
            allocations: 854,
            bytes_allocated: 209_902,
            peak_live_bytes: 102_370,
            live_bytes: 1_000,
            allocations_before_profiler: 2,
            live_bytes_before_profiler: 548,
        }
    }

    fn site(place: &str, allocations: u64, bytes: u64) -> Site {
        Site {
            place: place.to_string(),
            allocations,
            bytes,
        }
    }

    fn dhat_profile() -> Profile {
        Profile {
            peak_bytes: 101_822,
            allocations: Some(852),
            bytes_allocated: Some(209_354),
            by_allocations: vec![site("naive.rs:24", 600, 4_878)],
            by_peak: vec![site("naive.rs:25", 0, 49_952)],
        }
    }

    #[test]
    fn dhat_beside_the_counting_allocator() {
        let text = render(Tool::Dhat, &dhat_profile(), &counts(), "profiling");
        insta::assert_snapshot!(text, @r"
                                    dhat    counting allocator  difference
        allocations                  852                   854  -2 (0.23%)
        bytes allocated        209,354 B             209,902 B  -548 B (0.26%)
        peak live heap         101,822 B             102,370 B  -548 B (0.54%)

        The counting allocator counts from the process's start, dhat from the demo's
        first line, after the 2 allocations of Rust's start-up (548 B still live). From
        there the two agree exactly: dhat's own bookkeeping is kept out of both.

        Most allocations (dhat), by place in the code of profiling:
                600  naive.rs:24

        Most bytes live at the peak (dhat), by place in the code of profiling:
           48.8 KiB  naive.rs:25
        ");
    }

    #[test]
    fn a_difference_dhat_cannot_explain_is_said() {
        let mut profile = dhat_profile();
        profile.allocations = Some(851);
        let text = render(Tool::Dhat, &profile, &counts(), "profiling");
        assert!(
            text.replace('\n', " ")
                .contains("From there they still differ")
        );
        let mut profile = dhat_profile();
        profile.peak_bytes += 1;
        let text = render(Tool::Dhat, &profile, &counts(), "profiling");
        assert!(
            text.replace('\n', " ")
                .contains("From there they still differ")
        );
    }

    #[test]
    fn what_a_tool_does_not_count_is_said_and_every_line_fits() {
        let profile = Profile {
            peak_bytes: 102_370,
            ..Profile::default()
        };
        let text = render(Tool::Massif, &profile, &counts(), "profiling");
        let row = |name: &str| text.lines().find(|l| l.starts_with(name)).unwrap();
        let allocations: Vec<&str> = row("allocations").split_whitespace().collect();
        assert_eq!(allocations, ["allocations", "not", "counted", "854"]);
        assert!(row("peak live heap").ends_with("102,370 B  same"));
        assert!(!text.contains("Most allocations"));
        assert!(!text.contains("Most bytes"));
        for tool in [Tool::Dhat, Tool::Heaptrack, Tool::Massif] {
            let text = render(tool, &dhat_profile(), &counts(), "profiling");
            assert!(measure::demo::too_wide(&text).is_empty(), "{text}");
        }
    }

    #[test]
    fn differences_are_signed_with_their_share() {
        assert_eq!(difference(5, 5, " B"), "same");
        assert_eq!(difference(110, 100, " B"), "+10 B (10.00%)");
        assert_eq!(difference(90, 100, ""), "-10 (10.00%)");
        assert_eq!(difference(3, 0, ""), "+3 (100.00%)");
    }

    #[test]
    fn tools_are_named_as_on_the_command_line() {
        use clap::ValueEnum;
        for tool in Tool::value_variants() {
            let value = tool.to_possible_value().unwrap();
            assert_eq!(value.get_name(), tool.name());
        }
    }
}
