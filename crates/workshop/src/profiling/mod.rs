//! What `workshop profile` needs: each heap profiler's output read into one [`Profile`]
//! (`dhat_json`, `heaptrack_print`, `ms_print`), the module's own frames told from the rest (`places`), and the two set side
//! by side for a terminal (`report`).

pub mod dhat_json;
pub mod heaptrack_print;
pub mod ms_print;
pub mod places;
pub mod report;

pub use places::Places;

/// What a heap profiler reported for one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// The highest the live heap rose, in bytes requested.
    pub peak_bytes: u64,
    /// Calls that allocated (`None`: the tool does not count them).
    pub allocations: Option<u64>,
    /// Bytes requested over the run (`None`: the tool does not add them up).
    pub bytes_allocated: Option<u64>,
    /// Allocation sites in the module's code, most allocations first.
    pub by_allocations: Vec<Site>,
    /// Allocation sites in the module's code, most bytes live at the peak first.
    pub by_peak: Vec<Site>,
}

/// One place in the module's code, with what was allocated under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// `file:line` (see [`Places::place`]), or [`ELSEWHERE`].
    pub place: String,
    pub allocations: u64,
    /// Bytes allocated over the run, or live at the peak, as the list says.
    pub bytes: u64,
}

/// The place of allocations with no frame in the module's code.
pub const ELSEWHERE: &str = "(outside the module's code)";

/// Adds up `(place, allocations, bytes)` by place and sorts them, largest `key` first (ties by
/// place, so the order never varies).
pub fn sites(
    found: impl IntoIterator<Item = (Option<String>, u64, u64)>,
    key: impl Fn(&Site) -> u64,
) -> Vec<Site> {
    let mut sites: Vec<Site> = Vec::new();
    for (place, allocations, bytes) in found {
        let place = place.unwrap_or_else(|| ELSEWHERE.to_string());
        match sites.iter_mut().find(|s| s.place == place) {
            Some(site) => {
                site.allocations += allocations;
                site.bytes += bytes;
            }
            None => sites.push(Site {
                place,
                allocations,
                bytes,
            }),
        }
    }
    sites.retain(|s| key(s) > 0);
    sites.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.place.cmp(&b.place)));
    sites
}

/// The profiling module's source files, as the recorded profiles in `fixtures/` name them
/// (runs of `workshop profile profiling -- --orders 300 --way shipped --repeat 1`, trimmed:
/// the dhat profile to its largest program points, heaptrack's and massif's to a few entries
/// and frames).
#[cfg(test)]
pub fn fixture_places() -> Places {
    Places::new(
        [
            "crates/profiling/src/main.rs",
            "exercises/profiling/src/given.rs",
            "exercises/profiling/src/lib.rs",
            "exercises/profiling/src/naive.rs",
            "exercises/profiling/src/workload.rs",
            "solutions/profiling/src/lib.rs",
            "solutions/profiling/src/report.rs",
        ]
        .map(String::from),
    )
}

/// A list of sites as `(place, allocations, bytes)`, for tests.
#[cfg(test)]
pub fn listed(sites: &[Site]) -> Vec<(&str, u64, u64)> {
    sites
        .iter()
        .map(|s| (s.place.as_str(), s.allocations, s.bytes))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_add_up_by_place_and_sort_by_the_key() {
        let found = [
            (Some("a.rs:1".to_string()), 5, 100),
            (None, 7, 10),
            (Some("b.rs:2".to_string()), 2, 0),
            (Some("a.rs:1".to_string()), 4, 1),
            (None, 1, 0),
            (Some("c.rs:3".to_string()), 0, 0),
        ];
        let by_count = sites(found.clone(), |s| s.allocations);
        let listed: Vec<_> = by_count
            .iter()
            .map(|s| (s.place.as_str(), s.allocations, s.bytes))
            .collect();
        assert_eq!(
            listed,
            [("a.rs:1", 9, 101), (ELSEWHERE, 8, 10), ("b.rs:2", 2, 0)]
        );
        let by_bytes = sites(found, |s| s.bytes);
        let places: Vec<_> = by_bytes.iter().map(|s| s.place.as_str()).collect();
        assert_eq!(places, ["a.rs:1", ELSEWHERE]);
    }

    #[test]
    fn ties_are_ordered_by_place() {
        let found = [(Some("z".to_string()), 1, 1), (Some("a".to_string()), 1, 1)];
        let places: Vec<_> = sites(found, |s| s.bytes)
            .into_iter()
            .map(|s| s.place)
            .collect();
        assert_eq!(places, ["a", "z"]);
    }
}
