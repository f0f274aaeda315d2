//! Resident memory beside the live heap: how fragmentation shows. The live heap is what the
//! program holds (the counting allocator, this thread); resident memory is what the process
//! holds (RSS). When freed blocks are scattered between live ones, the allocator cannot give
//! their pages back, and RSS stays far above the live heap.
//!
//! Needs [`crate::CountingAllocator`] as the global allocator (on any other, the live heap
//! reads 0).

use crate::Rss;

/// The live heap and RSS at a start, to read both again later.
#[derive(Debug, Clone, Copy)]
pub struct Footprint {
    rss: Rss,
    live_at_start: i64,
}

/// Live heap and RSS growth since [`Footprint::start`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// Bytes this thread allocated since the start and has not freed.
    pub live: i64,
    /// Resident memory above the start, where the platform reports it.
    pub rss: Option<i64>,
    /// The process's peak resident memory (the system's record) above the resident memory
    /// at the start: how high it rose on the way, however briefly.
    pub peak_rss: Option<i64>,
}

impl Footprint {
    /// Takes both readings: the live heap of this thread and the process's RSS.
    pub fn start() -> Self {
        Self {
            rss: Rss::baseline(),
            live_at_start: crate::counting::thread_live(),
        }
    }

    /// Live heap and RSS now, both above the start.
    pub fn now(&self) -> Reading {
        Reading {
            live: crate::counting::thread_live() - self.live_at_start,
            rss: self.rss.above_baseline(),
            peak_rss: self.rss.above(crate::peak_rss()),
        }
    }
}

impl Reading {
    /// RSS growth per live byte: 1 when every resident byte is in use, 4 when the process
    /// holds four times what it uses. `None` when RSS is unknown or nothing is live.
    pub fn rss_per_live(&self) -> Option<f64> {
        self.per_live(self.rss)
    }

    /// The peak's growth per live byte, as [`Reading::rss_per_live`] is the growth's now.
    pub fn peak_per_live(&self) -> Option<f64> {
        self.per_live(self.peak_rss)
    }

    fn per_live(&self, bytes: Option<i64>) -> Option<f64> {
        match (bytes, self.live) {
            (Some(bytes), live) if live > 0 => Some(bytes as f64 / live as f64),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ratio_is_rss_over_live_when_both_are_known() {
        let reading = |live, rss| {
            let reading = Reading {
                live,
                rss,
                peak_rss: rss.map(|r| 2 * r),
            };
            let peak = reading.peak_per_live();
            assert_eq!(peak, reading.rss_per_live().map(|r| 2.0 * r), "{reading:?}");
            reading.rss_per_live()
        };
        assert_eq!(reading(1000, Some(4000)), Some(4.0));
        assert_eq!(reading(4000, Some(1000)), Some(0.25));
        assert_eq!(reading(1, Some(-3)), Some(-3.0));
        assert_eq!(reading(1000, None), None);
        assert_eq!(reading(0, Some(4000)), None, "nothing live: no ratio");
        assert_eq!(reading(-5, Some(4000)), None, "freed more than allocated");
    }

    #[test]
    fn a_footprint_reads_this_threads_live_heap_from_its_start() {
        // The unit tests do not install the counting allocator: its thread counts stay 0
        // here, so this checks the arithmetic on the counts the allocator would move.
        let footprint = Footprint {
            rss: Rss::from_reading(None),
            live_at_start: crate::counting::thread_live() - 300,
        };
        assert_eq!(
            footprint.now(),
            Reading {
                live: 300,
                rss: None,
                peak_rss: None
            }
        );
        let started = Footprint::start();
        assert_eq!(started.now().live, 0);
        assert!(started.now().rss.is_some() == crate::rss().is_some());
    }

    #[test]
    fn the_peak_is_read_above_the_start_and_stays_after_a_free() {
        let _alone = crate::RSS_TESTS.lock();
        let footprint = Footprint::start();
        // Big enough to be a mapping of its own, given back to the system when freed.
        drop(std::hint::black_box(vec![1u8; 96 << 20]));
        let reading = footprint.now();
        let (peak, now) = (reading.peak_rss.expect("a peak"), reading.rss.expect("RSS"));
        assert!((90 << 20..1 << 30).contains(&peak), "{reading:?}");
        assert!(now < 48 << 20, "freed at once: {reading:?}");
    }
}
