//! The strings held four ways: a `String` each, as ported from C#; interned
//! through a `HashMap<String, Sym>` beside a `Vec<String>`; in the string
//! table; and in the table frozen. Each is built from the same occurrences
//! and measured once (heap, allocations: every build is the same), then built
//! and looked up again `repeat` times, timed (medians).

use measure::timed::median;
use std::time::{Duration, Instant};
use string_table::{FrozenTable, StringTable, naive};

/// The strings, held one way.
pub trait Holder: Sized {
    /// Its name in a table.
    const NAME: &'static str;
    /// Every string of `occurrences`, held.
    fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self;
    /// How many strings it holds.
    fn strings(&self) -> usize;
    /// Every occurrence looked up again, its ids summed; `None` for a way
    /// that cannot look a string up.
    fn look_up<'a>(
        &self,
        occurrences: impl Iterator<Item = &'a str>,
    ) -> Option<u64>;
}

impl Holder for Vec<String> {
    const NAME: &'static str = "Vec<String>";
    fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self {
        occurrences.map(str::to_owned).collect()
    }
    fn strings(&self) -> usize {
        self.len()
    }
    fn look_up<'a>(&self, _: impl Iterator<Item = &'a str>) -> Option<u64> {
        None
    }
}

/// The two interning tables, the naive one and ours: the same methods, so
/// the same `Holder`.
macro_rules! interning_holder {
    ($table:ty, $name:literal) => {
        impl Holder for $table {
            const NAME: &'static str = $name;
            fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self {
                let mut table = Self::new();
                for s in occurrences {
                    table.intern(s).expect("the demo's text fits in 4 GiB");
                }
                table
            }
            fn strings(&self) -> usize {
                self.len()
            }
            /// Every occurrence's id, summed, so that no lookup is optimized
            /// away.
            fn look_up<'a>(
                &self,
                occurrences: impl Iterator<Item = &'a str>,
            ) -> Option<u64> {
                let id = |s| self.lookup(s).map_or(0, |sym| sym.index() as u64);
                Some(occurrences.map(id).sum())
            }
        }
    };
}

interning_holder!(naive::StringTable, "HashMap+Vec");
interning_holder!(StringTable, "StringTable");

impl Holder for FrozenTable {
    const NAME: &'static str = "frozen";
    fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self {
        StringTable::build(occurrences).into_frozen()
    }
    fn strings(&self) -> usize {
        self.len()
    }
    fn look_up<'a>(&self, _: impl Iterator<Item = &'a str>) -> Option<u64> {
        None
    }
}

/// What one way cost: the heap it holds and the allocations it made to build
/// it (counted once), and the median times of a build and of a lookup pass.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub name: &'static str,
    pub strings: usize,
    pub heap_bytes: u64,
    pub allocations: u64,
    pub build: Duration,
    /// `None` for a way without lookup.
    pub look_up: Option<Duration>,
    pub sum_of_ids: Option<u64>,
}

/// Builds `H` from `occurrences` and measures it, then times `repeat` builds
/// and lookup passes (at least one each).
pub fn measure<'a, H: Holder>(
    occurrences: impl Iterator<Item = &'a str> + Clone,
    repeat: usize,
) -> Measured {
    let (held, usage) = measure::measure(|| H::build(occurrences.clone()));
    let mut builds = Vec::with_capacity(repeat.max(1));
    let mut lookups = Vec::with_capacity(repeat.max(1));
    let mut sum_of_ids = None;
    for _ in 0..repeat.max(1) {
        let started = Instant::now();
        drop(std::hint::black_box(H::build(occurrences.clone())));
        builds.push(started.elapsed());
        let started = Instant::now();
        sum_of_ids = std::hint::black_box(held.look_up(occurrences.clone()));
        lookups.push(started.elapsed());
    }
    Measured {
        name: H::NAME,
        strings: held.strings(),
        heap_bytes: usage.live_change.max(0) as u64,
        allocations: usage.allocations,
        build: median(&mut builds),
        look_up: sum_of_ids.map(|_| median(&mut lookups)),
        sum_of_ids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use string_table::workload::Workload;

    #[test]
    fn every_way_holds_the_same_strings() {
        let work = Workload::new(3, 300, 2_000);
        let distinct = work.first_occurrences().len();
        let strings = measure::<Vec<String>>(work.occurrences(), 1);
        let map = measure::<naive::StringTable>(work.occurrences(), 2);
        let table = measure::<StringTable>(work.occurrences(), 2);
        let frozen = measure::<FrozenTable>(work.occurrences(), 1);
        assert_eq!(strings.strings, 2_000);
        for way in [map, table, frozen] {
            assert_eq!(way.strings, distinct, "{}", way.name);
        }
        assert_eq!(map.sum_of_ids, table.sum_of_ids, "the same ids");
        assert!(map.sum_of_ids.is_some() && frozen.sum_of_ids.is_none());
    }
}
