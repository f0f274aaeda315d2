//! dhat's profile (`dhat-heap.json`, the format of valgrind's DHAT that `dh_view.html` reads):
//! a program point per backtrace (`pps`), each with its totals (`tb` bytes and `tbk` blocks over
//! the run, `gb` bytes live at the global peak), and the frames (`fs`, innermost first) as
//! indexes into a table of strings (`ftbl`), each `0x…: function (file:line:column)`.

use super::{Places, Profile, sites};
use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct File {
    pps: Vec<Point>,
    ftbl: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Point {
    tb: u64,
    tbk: u64,
    #[serde(default)]
    gb: u64,
    fs: Vec<usize>,
}

/// Reads dhat's JSON.
pub fn parse(json: &str, places: &Places) -> Result<Profile> {
    let file: File = serde_json::from_str(json).context("not a dhat profile (dhat-heap.json)")?;
    let mut found = Vec::new();
    for point in &file.pps {
        let place = point
            .fs
            .iter()
            .filter_map(|&i| file.ftbl.get(i))
            .find_map(|frame| {
                let (function, file, line) = location(frame)?;
                places.place(function, file, line)
            });
        found.push((place, point.tbk, point.tb, point.gb));
    }
    Ok(Profile {
        peak_bytes: found.iter().map(|f| f.3).sum(),
        allocations: Some(found.iter().map(|f| f.1).sum()),
        bytes_allocated: Some(found.iter().map(|f| f.2).sum()),
        by_allocations: sites(found.iter().map(|f| (f.0.clone(), f.1, f.2)), |s| {
            s.allocations
        }),
        by_peak: sites(found.iter().map(|f| (f.0.clone(), 0, f.3)), |s| s.bytes),
    })
}

/// The function, file and line of a frame `0x…: function (file:line:column)`.
fn location(frame: &str) -> Option<(&str, &str, u32)> {
    let inside = frame.strip_suffix(')')?;
    let open = inside.rfind(" (")?;
    let function = inside[..open].split_once(": ").map_or("", |(_, f)| f);
    let mut parts = inside[open + 2..].rsplitn(3, ':');
    let _column = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    Some((function, parts.next()?, line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_gives_its_file_and_line() {
        assert_eq!(
            location("0x55d4: {closure#1} (report/src/naive.rs:67:34)"),
            Some(("{closure#1}", "report/src/naive.rs", 67))
        );
        assert_eq!(
            location("0x1: <Box<dyn FnOnce()> as FnOnce<()>>::call_once (alloc/src/boxed.rs:2:9)"),
            Some((
                "<Box<dyn FnOnce()> as FnOnce<()>>::call_once",
                "alloc/src/boxed.rs",
                2
            ))
        );
        assert_eq!(location("[root]"), None);
        assert_eq!(location("0x1: f (???:0:0)"), Some(("f", "???", 0)));
        assert_eq!(location("0x1: f (a.rs:x:1)"), None);
        assert_eq!(location("0x1: f (a.rs)"), None);
        assert_eq!(location("0x1: f (1:2)"), None);
    }

    #[test]
    fn a_recorded_profile_gives_its_totals_and_sites() {
        let json = include_str!("fixtures/profiling.dhat.json");
        let profile = parse(json, &crate::profiling::fixture_places()).unwrap();
        assert_eq!(profile.allocations, Some(680));
        assert_eq!(profile.bytes_allocated, Some(179_926));
        assert_eq!(profile.peak_bytes, 101_796);
        let naive = "exercises/profiling/src/naive.rs";
        assert_eq!(
            crate::profiling::listed(&profile.by_allocations),
            [
                (format!("{naive}:24").as_str(), 600, 4_878),
                ("exercises/profiling/src/given.rs:132", 38, 27_648),
                ("exercises/profiling/src/given.rs:147", 24, 268),
                (format!("{naive}:19").as_str(), 8, 65_280),
                (format!("{naive}:25").as_str(), 8, 66_428),
                ("crates/profiling/src/main.rs:76", 1, 1_024),
                ("exercises/profiling/src/workload.rs:50", 1, 14_400),
            ]
        );
        assert_eq!(
            crate::profiling::listed(&profile.by_peak),
            [
                (format!("{naive}:25").as_str(), 0, 49_952),
                (format!("{naive}:19").as_str(), 0, 32_768),
                ("exercises/profiling/src/workload.rs:50", 0, 14_400),
                (format!("{naive}:24").as_str(), 0, 3_652),
                ("crates/profiling/src/main.rs:76", 0, 1_024),
            ]
        );
    }

    #[test]
    fn not_json_is_an_error() {
        let error = parse("{", &Places::default()).unwrap_err();
        assert!(format!("{error:#}").contains("not a dhat profile"));
    }
}
