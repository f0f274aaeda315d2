//! `heaptrack_print`'s text: a section of the most calls to allocation functions and one of
//! the peak memory consumers, each entry a backtrace (a frame's name, then `at file:line` and
//! `in library` lines) followed by its sub-entries, each a whole backtrace from there on
//! (its frames indented by four spaces), then a summary. heaptrack
//! writes sizes with decimal prefixes: `111.97M` is 111,970,000 bytes.

use super::{Places, Profile, sites};
use anyhow::{Context, Result};

/// The options `workshop profile` runs `heaptrack_print` with: the two sections read here,
/// with room for every sub-entry a demo has.
pub const OPTIONS: [&str; 5] = [
    "--print-allocators=1",
    "--print-peaks=1",
    "--print-temporary=0",
    "--print-leaks=0",
    "--sub-peak-limit=100",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    Calls,
    Peak,
    Other,
}

/// One backtrace and its figures, as read.
#[derive(Debug, Default)]
struct Entry {
    /// The first frame of the backtrace in the module's code.
    place: Option<String>,
    calls: u64,
    bytes: u64,
    /// Indented: one of the backtraces under the entry above it.
    sub: bool,
}

/// Reads `heaptrack_print`'s output.
pub fn parse(text: &str, places: &Places) -> Result<Profile> {
    let mut section = Section::Other;
    let (mut calls, mut peak): (Vec<Entry>, Vec<Entry>) = (Vec::new(), Vec::new());
    let (mut total_calls, mut peak_bytes) = (None, None);
    // The frame being read: its function's line comes before its `at` line.
    let mut function = "";
    for line in text.lines() {
        if let Some(n) = line.strip_prefix("calls to allocation functions: ") {
            total_calls = n.split(' ').next().and_then(|n| n.parse().ok());
        } else if let Some(size) = line.strip_prefix("peak heap memory consumption: ") {
            peak_bytes = bytes(size);
        } else if is_heading(line) {
            section = match line {
                "MOST CALLS TO ALLOCATION FUNCTIONS" => Section::Calls,
                "PEAK MEMORY CONSUMERS" => Section::Peak,
                _ => Section::Other,
            };
        } else {
            let entries = match section {
                Section::Calls => &mut calls,
                Section::Peak => &mut peak,
                Section::Other => continue,
            };
            if let Some(entry) = entry(line, section) {
                entries.push(entry);
            } else if let (Some(at), Some(entry)) =
                (line.trim_start().strip_prefix("at "), entries.last_mut())
            {
                let place = || {
                    let (file, line) = at.rsplit_once(':')?;
                    places.place(function, file, line.parse().ok()?)
                };
                entry.place = entry.place.take().or_else(place);
            } else if !line.trim_start().starts_with("in ") {
                function = line.trim();
            }
        }
    }
    let peak_bytes = peak_bytes
        .context("no `peak heap memory consumption` line: is this heaptrack_print's output?")?;
    let total_calls = total_calls.context("no `calls to allocation functions` line")?;
    let by_allocations = backtraces(calls);
    let by_peak = backtraces(peak);
    Ok(Profile {
        peak_bytes,
        allocations: Some(total_calls),
        bytes_allocated: None,
        by_allocations: sites(by_allocations, |s| s.allocations),
        by_peak: sites(by_peak, |s| s.bytes),
    })
}

/// A section's heading: capitals and spaces.
fn is_heading(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
}

/// Each whole backtrace with its figures: the sub-entries, each at the first place in the
/// module's code in it or else in the entry above it, and the entries that have none.
fn backtraces(entries: Vec<Entry>) -> Vec<(Option<String>, u64, u64)> {
    let mut whole = Vec::new();
    let mut parent: Option<&Entry> = None;
    for (i, entry) in entries.iter().enumerate() {
        if entry.sub {
            let place = entry.place.clone().or_else(|| parent?.place.clone());
            whole.push((place, entry.calls, entry.bytes));
        } else {
            parent = Some(entry);
            if !entries.get(i + 1).is_some_and(|next| next.sub) {
                whole.push((entry.place.clone(), entry.calls, entry.bytes));
            }
        }
    }
    whole
}

/// An entry's first line: `N calls to allocation functions with SIZE peak consumption from`
/// (most calls) or `SIZE peak memory consumed over N calls from` (peak); a sub-entry's says
/// `N calls with SIZE peak consumption from:` or `SIZE consumed over N calls from:`.
fn entry(line: &str, section: Section) -> Option<Entry> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (calls, size, sub) = match (section, words.as_slice()) {
        (
            Section::Calls,
            [
                n,
                "calls",
                "to",
                "allocation",
                "functions",
                "with",
                size,
                "peak",
                "consumption",
                "from",
            ],
        ) => (n, size, false),
        (Section::Calls, [n, "calls", "with", size, "peak", "consumption", "from:"]) => {
            (n, size, true)
        }
        (
            Section::Peak,
            [
                size,
                "peak",
                "memory",
                "consumed",
                "over",
                n,
                "calls",
                "from",
            ],
        ) => (n, size, false),
        (Section::Peak, [size, "consumed", "over", n, "calls", "from:"]) => (n, size, true),
        _ => return None,
    };
    Some(Entry {
        place: None,
        calls: calls.parse().ok()?,
        bytes: bytes(size)?,
        sub,
    })
}

/// heaptrack's size: a number, then `B`, or `K`, `M`, `G`, `T` for powers of 1000.
fn bytes(size: &str) -> Option<u64> {
    let size = size.trim();
    let unit = size.chars().last()?;
    let scale = match unit {
        'B' => 1.0,
        'K' => 1e3,
        'M' => 1e6,
        'G' => 1e9,
        'T' => 1e12,
        _ => return None,
    };
    let number: f64 = size[..size.len() - 1].parse().ok()?;
    Some((number * scale).round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiling::{ELSEWHERE, fixture_places, listed};

    #[test]
    fn a_recorded_output_gives_its_totals_and_sites() {
        let text = include_str!("fixtures/profiling.heaptrack_print.txt");
        let profile = parse(text, &fixture_places()).unwrap();
        // The summary: the counting allocator's 102,370 B plus libstdc++'s 72.70K.
        assert_eq!(profile.peak_bytes, 175_070);
        assert_eq!(profile.allocations, Some(876));
        assert_eq!(profile.bytes_allocated, None);
        let naive = |line| format!("exercises/profiling/src/naive.rs:{line}");
        let (n19, n24, n25) = (naive(19), naive(24), naive(25));
        // Each sub-entry at the first frame in the module's code; an entry without
        // sub-entries, or one with no such frame, elsewhere.
        assert_eq!(
            listed(&profile.by_allocations),
            [
                (n24.as_str(), 600, 3_650),
                ("exercises/profiling/src/given.rs:132", 30, 0),
                ("exercises/profiling/src/given.rs:147", 24, 0),
                (n19.as_str(), 7, 32_770),
                (ELSEWHERE, 2, 0),
            ]
        );
        assert_eq!(
            listed(&profile.by_peak),
            [
                (ELSEWHERE, 1, 72_700),
                (n25.as_str(), 8, 49_950),
                (n19.as_str(), 7, 32_770),
                ("exercises/profiling/src/workload.rs:50", 1, 14_400),
                (n24.as_str(), 300, 2_440),
            ]
        );
    }

    /// A hand-made output with what the recorded one lacks: an entry without
    /// sub-entries, a sub-entry with no frame in the module's code (it takes its entry's
    /// place), and the allocator's entry point placed at the `#[global_allocator]` line.
    const MADE: &str = "\
MOST CALLS TO ALLOCATION FUNCTIONS
40 calls to allocation functions with 1.00K peak consumption from
report
  at exercises/profiling/src/naive.rs:24
  in /bin/profiling
7 calls to allocation functions with 2.00K peak consumption from
alloc
  at library/alloc/src/alloc.rs:95
__rust_alloc
  at crates/profiling/src/main.rs:14
report
  at exercises/profiling/src/naive.rs:19
5 calls with 1.50K peak consumption from:
    grow_one
      at library/alloc/src/raw_vec/mod.rs:188
2 calls with 0.50K peak consumption from:
    report
      at exercises/profiling/src/given.rs:132
PEAK MEMORY CONSUMERS
3.00K peak memory consumed over 9 calls from
report
  at exercises/profiling/src/naive.rs:25

calls to allocation functions: 47 (47/s)
peak heap memory consumption: 3.00K
";

    #[test]
    fn entries_without_sub_entries_and_sub_entries_without_a_place() {
        let profile = parse(MADE, &fixture_places()).unwrap();
        let naive = |line| format!("exercises/profiling/src/naive.rs:{line}");
        let (n19, n24, n25) = (naive(19), naive(24), naive(25));
        assert_eq!(
            listed(&profile.by_allocations),
            [
                (n24.as_str(), 40, 1_000),
                (n19.as_str(), 5, 1_500),
                ("exercises/profiling/src/given.rs:132", 2, 500),
            ]
        );
        assert_eq!(listed(&profile.by_peak), [(n25.as_str(), 9, 3_000)]);
        assert_eq!((profile.peak_bytes, profile.allocations), (3_000, Some(47)));
    }

    #[test]
    fn sizes_have_decimal_prefixes() {
        assert_eq!(bytes("0B"), Some(0));
        assert_eq!(bytes("672B"), Some(672));
        assert_eq!(bytes("72.70K"), Some(72_700));
        assert_eq!(bytes("111.97M"), Some(111_970_000));
        assert_eq!(bytes("1.50G"), Some(1_500_000_000));
        assert_eq!(bytes("2T"), Some(2_000_000_000_000));
        assert_eq!(bytes("12"), None);
        assert_eq!(bytes("K"), None);
        assert_eq!(bytes(""), None);
    }

    #[test]
    fn other_text_is_an_error() {
        let error = parse("hello\n", &fixture_places()).unwrap_err();
        assert!(error.to_string().contains("heaptrack_print's output"));
        let no_calls = parse("peak heap memory consumption: 1K\n", &fixture_places());
        assert!(
            no_calls
                .unwrap_err()
                .to_string()
                .contains("calls to allocation")
        );
    }
}
