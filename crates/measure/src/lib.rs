//! The workshop's one measurement library. Every demo and every test measures through it;
//! no module measures memory its own way.
//!
//! - [`CountingAllocator`]: a global allocator that wraps the system allocator and counts
//!   allocations, bytes allocated and freed, live bytes and peak live bytes, exactly.
//!   [`measure`] runs a closure and reports what it allocated and how high it peaked.
//! - [`rss`]: resident set size through `memory-stats` (Linux, macOS and Windows);
//!   [`peak_rss`], the system's record of this process's peak, and [`Watched`], a child
//!   process's peak as it ends.
//! - [`Footprint`]: live heap beside RSS, to show fragmentation; [`release_free_memory`]
//!   (glibc's `malloc_trim`).
//! - `HeapTest`: helpers for dhat heap tests (one per integration-test file), with the
//!   `heap-test` feature, which tests turn on.
//! - [`format`] and [`Table`]: how every demo prints its figures, side by side.
//! - [`SplitMix64`]: the seeded generator of every workload, the same in the C# twins.
//! - [`exit_quietly_on_broken_pipe`]: `demo | head` ends quietly instead of panicking.
//! - [`report`]: what a demo prints for `workshop compare` with `--report`.
//! - [`timed`]: the timed run (`--seconds N`) the single-threaded demos share, and
//!   [`timed::median`].
//! - [`profile`]: a demo's run under a heap profiler (`workshop profile`): the counting
//!   allocator's figures for the same run, and with the `dhat-profile` feature dhat itself.
//! - [`demo`]: what every demo's `main` shares (arguments, errors, the allocator check), and
//!   [`assert_demo_snapshot!`], the snapshot test of a demo's output.

mod broken_pipe;
mod counting;
pub mod demo;
mod footprint;
pub mod format;
#[cfg(feature = "heap-test")]
mod heap_test;
mod peak;
pub mod profile;
pub mod report;
mod rss;
pub mod seeded;
mod table;
pub mod timed;
mod trim;

pub use broken_pipe::exit_quietly_on_broken_pipe;
pub use counting::{
    Counters, CountingAllocator, NotInstalled, Usage, counters, is_installed, measure,
};
pub use footprint::{Footprint, Reading};
#[cfg(feature = "heap-test")]
pub use heap_test::{HeapTest, HeapUsage, profile_path};
pub use peak::{Ended, Watched, peak_rss};
pub use rss::{Rss, rss};
pub use seeded::SplitMix64;
pub use table::{Columns, Table};
pub use trim::release_free_memory;

/// Tests that assert on RSS hold this, so that no other test's big allocation moves it meanwhile.
#[cfg(test)]
pub(crate) static RSS_TESTS: std::sync::Mutex<()> = std::sync::Mutex::new(());
