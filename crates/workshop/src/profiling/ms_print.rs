//! `ms_print`'s text (valgrind's massif): a graph, the list of detailed snapshots with the peak
//! marked (`Detailed snapshots: [3, 9 (peak), 14]`), then a table of snapshots (`n`, time,
//! total, useful heap, extra heap, stacks, in bytes with thousands separators), each detailed
//! one followed by its allocation tree: `->PP.PP% (N,NNNB) 0x…: function (file:line)`, indented
//! two columns per level. massif counts no allocations: it samples the heap's size.

use super::{Places, Profile, sites};
use anyhow::{Context, Result};

/// Reads `ms_print`'s output: the peak snapshot's useful heap, and its tree's bytes by the
/// first place in the module's code on each branch.
pub fn parse(text: &str, places: &Places) -> Result<Profile> {
    let peak = peak_snapshot(text)
        .context("no `Detailed snapshots: […(peak)…]` line: is this ms_print's output?")?;
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
        peak_bytes: useful_heap,
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
