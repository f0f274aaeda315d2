//! Resident set size, through `memory-stats` (Linux, macOS and Windows; no `/proc` parsing).
//!
//! One reading costs about 100 µs and may allocate: read it once per report line, never in a
//! hot loop.

/// Resident set size measured relative to a baseline taken at [`Rss::baseline`].
#[derive(Debug, Clone, Copy)]
pub struct Rss {
    baseline: Option<u64>,
}

/// The process's resident set size in bytes now, or `None` where the platform cannot tell.
pub fn rss() -> Option<u64> {
    memory_stats::memory_stats().map(|stats| stats.physical_mem as u64)
}

impl Rss {
    /// Takes the baseline: what the process holds before the work being measured.
    pub fn baseline() -> Self {
        Self::from_reading(rss())
    }

    /// A baseline from a reading taken elsewhere (`None`: the platform could not tell).
    pub fn from_reading(baseline: Option<u64>) -> Self {
        Self { baseline }
    }

    /// The baseline itself, in bytes.
    pub fn at_baseline(&self) -> Option<u64> {
        self.baseline
    }

    /// Resident bytes now minus the baseline (negative when the process gave memory back).
    pub fn above_baseline(&self) -> Option<i64> {
        self.above(rss())
    }

    /// A reading `now` minus the baseline; `None` when either is unknown.
    pub fn above(&self, now: Option<u64>) -> Option<i64> {
        Some(now? as i64 - self.baseline? as i64)
    }

    /// The line a demo ends with: resident memory now above the baseline, or `n/a` where the
    /// platform cannot tell. (Freed memory mostly stays with the allocator for reuse, so this
    /// is not the live heap.)
    pub fn growth_line(&self) -> String {
        self.growth_line_at(rss())
    }

    fn growth_line_at(&self, now: Option<u64>) -> String {
        let growth = self
            .above(now)
            .map_or("n/a".into(), crate::format::signed_bytes);
        format!("RSS growth (resident memory above the start): {growth}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1024 * 1024;

    #[test]
    fn the_growth_line_says_how_much_or_that_it_cannot_tell() {
        let rss = Rss::from_reading(Some(10 * MIB));
        let line = |now| rss.growth_line_at(now);
        assert_eq!(
            line(Some(12 * MIB)),
            "RSS growth (resident memory above the start): +2.00 MiB."
        );
        assert!(line(None).ends_with("start): n/a."), "{}", line(None));
        assert!(
            Rss::baseline()
                .growth_line()
                .starts_with("RSS growth (resident memory")
        );
    }

    #[test]
    fn growth_is_the_reading_minus_the_baseline_either_way() {
        let rss = Rss::from_reading(Some(10 * MIB));
        assert_eq!(rss.at_baseline(), Some(10 * MIB));
        assert_eq!(rss.above(Some(12 * MIB)), Some(2 * MIB as i64));
        assert_eq!(rss.above(Some(9 * MIB)), Some(-(MIB as i64)));
        assert_eq!(rss.above(None), None);
        assert_eq!(Rss::from_reading(None).above(Some(MIB)), None);
    }

    #[test]
    fn the_platform_reports_a_plausible_resident_size() {
        let _alone = crate::RSS_TESTS.lock();
        // Linux, macOS and Windows all report one; a test process holds well over 1 MiB.
        let now = rss().expect("memory-stats reads RSS on this platform");
        assert!(now > MIB && now < 64 * 1024 * MIB, "RSS {now} B");
        let baseline = Rss::baseline();
        assert!(baseline.at_baseline().is_some_and(|b| b > MIB));
        // 64 MiB, every page written, shows up as resident memory above the baseline.
        let touched = std::hint::black_box(vec![1u8; 64 * MIB as usize]);
        let growth = baseline.above_baseline().expect("a reading");
        assert!(
            growth >= 48 * MIB as i64 && growth < 1024 * MIB as i64,
            "grew {growth} B with 64 MiB written"
        );
        drop(touched);
    }
}
