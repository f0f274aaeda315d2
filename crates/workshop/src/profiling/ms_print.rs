//! `ms_print`'s text (valgrind's massif): a graph, the list of detailed snapshots with the peak
//! marked (`Detailed snapshots: [3, 9 (peak), 14]`), then a table of snapshots (`n`, time,
//! total, useful heap, extra heap, stacks, in bytes with thousands separators), each detailed
//! one followed by its allocation tree: `->PP.PP% (N,NNNB) 0x…: function (file:line)`, indented
//! two columns per level. massif counts no allocations: it samples the heap's size.

use super::{Places, Profile, sites};
use anyhow::{Context, Result};

/// Reads `ms_print`'s output: the largest useful heap of any snapshot, and the tree of the
/// snapshot massif marks as its peak (the largest useful heap plus the allocator's overhead,
/// `extra-heap`, so not always the same one) by the first place in the module's code on each
/// branch.
pub fn parse(text: &str, places: &Places) -> Result<Profile> {
    let peak = peak_snapshot(text)
        .context("no `Detailed snapshots: […(peak)…]` line: is this ms_print's output?")?;
    let largest = text.lines().filter_map(table_row).map(|row| row[3]).max();
    let mut lines = text.lines();
    let useful_heap = lines
        .by_ref()
        .find_map(|line| table_row(line).filter(|row| row[0] == peak))
        .map(|row| row[3])
        .with_context(|| format!("no row for the peak snapshot {peak} in ms_print's table"))?;
    let mut found = Vec::new();
    // For each level of the branch being read, the place in the module's code at or above it.
    let mut branch: Vec<Option<String>> = Vec::new();
    for line in lines.take_while(|line| table_row(line).is_none() && !line.starts_with("---")) {
        let Some((depth, bytes, frame)) = tree_node(line) else {
            continue;
        };
        branch.truncate(depth);
        let above = branch.last().cloned().flatten();
        let here = location(frame).and_then(|(f, file, line)| places.place(f, file, line));
        match (above, here) {
            (Some(place), _) => branch.push(Some(place)), // counted at its place higher up
            (None, Some(place)) => {
                found.push((Some(place.clone()), 0, bytes));
                branch.push(Some(place));
            }
            (None, None) => branch.push(None),
        }
    }
    // What no branch reaches the module's code from: the runtime, libraries, the tool.
    let placed: u64 = found.iter().map(|f| f.2).sum();
    found.push((None, 0, useful_heap.saturating_sub(placed)));
    Ok(Profile {
        peak_bytes: largest.unwrap_or(useful_heap),
        allocations: None,
        bytes_allocated: None,
        by_allocations: Vec::new(),
        by_peak: sites(found, |s| s.bytes),
    })
}

/// The number of the snapshot marked `(peak)`.
fn peak_snapshot(text: &str) -> Option<u64> {
    let list = text
        .lines()
        .find_map(|line| line.trim_start().strip_prefix("Detailed snapshots: ["))?;
    let marked = list.split(',').find(|item| item.contains("(peak)"))?;
    marked.trim().split(' ').next()?.parse().ok()
}

/// A row of the snapshot table: six numbers.
fn table_row(line: &str) -> Option<[u64; 6]> {
    let numbers: Vec<u64> = line
        .split_whitespace()
        .map(|n| n.replace(',', "").parse().ok())
        .collect::<Option<_>>()?;
    numbers.try_into().ok()
}

/// A node of an allocation tree: its depth (0 under the root), its bytes and its frame.
fn tree_node(line: &str) -> Option<(usize, u64, &str)> {
    let arrow = line.find("->")?;
    let rest = &line[arrow + 2..];
    let (_percent, rest) = rest.split_once(" (")?;
    let (bytes, frame) = rest.split_once("B) ")?;
    Some((arrow / 2, bytes.replace(',', "").parse().ok()?, frame))
}

/// The function, file and line of a frame `0x…: function (file:line)`.
fn location(frame: &str) -> Option<(&str, &str, u32)> {
    let inside = frame.strip_suffix(')')?;
    let open = inside.rfind(" (")?;
    let function = inside[..open].split_once(": ").map_or("", |(_, f)| f);
    let (file, line) = inside[open + 2..].rsplit_once(':')?;
    Some((function, file, line.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiling::{ELSEWHERE, fixture_places, listed};

    #[test]
    fn a_recorded_output_gives_its_peak_and_sites() {
        let text = include_str!("fixtures/profiling.ms_print.txt");
        let profile = parse(text, &fixture_places()).unwrap();
        // Snapshot 45's useful heap: the largest, though massif marks 69 (its total,
        // with the allocator's overhead, is larger).
        assert_eq!(profile.peak_bytes, 102_370);
        assert_eq!((profile.allocations, profile.bytes_allocated), (None, None));
        assert!(profile.by_allocations.is_empty());
        let naive = |line| format!("exercises/profiling/src/naive.rs:{line}");
        let (n19, n24, n25) = (naive(19), naive(24), naive(25));
        // Snapshot 69's tree, each branch at its first frame in the module's code;
        // together, its useful heap (102,165 B).
        assert_eq!(
            listed(&profile.by_peak),
            [
                (n25.as_str(), 0, 33_296),
                (n19.as_str(), 0, 32_768),
                ("exercises/profiling/src/workload.rs:50", 0, 14_400),
                ("exercises/profiling/src/given.rs:132", 0, 14_336),
                (n24.as_str(), 0, 4_664),
                (ELSEWHERE, 0, 2_701),
            ]
        );
    }

    #[test]
    fn only_the_peak_snapshots_tree_is_read() {
        let text = "\
 Detailed snapshots: [1 (peak), 2]
--------------------------------------------------------------------------------
  n        time(i)         total(B)   useful-heap(B) extra-heap(B)    stacks(B)
--------------------------------------------------------------------------------
  1          1,000            1,100            1,000           100            0
100.00% (1,000B) (heap allocation functions) malloc/new/new[], --alloc-fns, etc.
->100.00% (1,000B) 0x1: report (naive.rs:19)

--------------------------------------------------------------------------------
  n        time(i)         total(B)   useful-heap(B) extra-heap(B)    stacks(B)
--------------------------------------------------------------------------------
  2          2,000              900              800           100            0
100.00% (800B) (heap allocation functions) malloc/new/new[], --alloc-fns, etc.
->100.00% (800B) 0x2: report (naive.rs:24)
";
        let profile = parse(text, &fixture_places()).unwrap();
        let site = ("exercises/profiling/src/naive.rs:19", 0, 1_000);
        assert_eq!(listed(&profile.by_peak), [site]);
        assert_eq!(profile.peak_bytes, 1_000);
    }

    #[test]
    fn the_parts_of_its_lines() {
        assert_eq!(
            peak_snapshot(" Detailed snapshots: [3, 9 (peak), 14]"),
            Some(9)
        );
        assert_eq!(peak_snapshot(" Detailed snapshots: [3, 9]"), None);
        assert_eq!(
            table_row(
                " 45      1,624,034          109,712          102,370         7,342            0"
            ),
            Some([45, 1_624_034, 109_712, 102_370, 7_342, 0])
        );
        assert_eq!(table_row(" 45  1  2  3  4"), None);
        assert_eq!(table_row("  n  time(i)  total(B)"), None);
        assert_eq!(
            tree_node("| | ->29.83% (33,296B) 0x157CE7: alloc (alloc.rs:95)"),
            Some((2, 33_296, "0x157CE7: alloc (alloc.rs:95)"))
        );
        assert_eq!(
            tree_node("91.52% (102,165B) (heap allocation functions)"),
            None
        );
        assert_eq!(
            location("0x15: report (naive.rs:24)"),
            Some(("report", "naive.rs", 24))
        );
        assert_eq!(location("0x15: report (in /lib/libc.so.6)"), None);
    }

    #[test]
    fn other_text_is_an_error() {
        let error = parse("hello\n", &fixture_places()).unwrap_err();
        assert!(error.to_string().contains("ms_print's output"));
        let no_row = parse("Detailed snapshots: [1 (peak)]\n", &fixture_places());
        assert!(
            no_row
                .unwrap_err()
                .to_string()
                .contains("no row for the peak snapshot 1")
        );
    }
}
