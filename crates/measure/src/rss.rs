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
        Self { baseline: rss() }
    }

    /// The baseline itself, in bytes.
    pub fn at_baseline(&self) -> Option<u64> {
        self.baseline
    }

    /// Resident bytes now minus the baseline (negative when the process gave memory back).
    pub fn above_baseline(&self) -> Option<i64> {
        Some(rss()? as i64 - self.baseline? as i64)
    }
}
