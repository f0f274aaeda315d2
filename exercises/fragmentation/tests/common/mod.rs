//! What the test files share (each file uses only some of it).
#![allow(dead_code)]

use fragmentation::workload::{Order, orders};
use proptest::test_runner::Config;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it. The failing cases worth
/// keeping are explicit tests.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        cases: 64,
        ..Config::default()
    }
}

/// The open orders among the first `count` for `seed`, in order: what any way
/// of keeping them must give.
pub fn open_orders(seed: u64, count: usize) -> Vec<Order> {
    orders(seed, count).filter(Order::is_open).collect()
}

/// RSS growth per live byte in `reading`, printed, on Linux with glibc's
/// malloc, whose behaviour the thresholds were measured on. Elsewhere (other
/// allocators keep and return pages by other rules) it prints why the RSS
/// assertions are skipped, and gives `None`.
pub fn rss_per_live(reading: &measure::Reading) -> Option<f64> {
    if !cfg!(all(target_os = "linux", target_env = "gnu")) {
        println!(
            "RSS assertions skipped: they are calibrated on Linux with glibc's malloc, and \
             this is another platform (the live-heap assertions still run)"
        );
        return None;
    }
    let ratio = reading.rss_per_live().expect("RSS on Linux");
    println!("RSS / live heap: {ratio:.2}");
    Some(ratio)
}

/// How many orders the RSS tests load: 400,000 of 128 bytes (51 MB), enough
/// that RSS readings (in pages) are not noise.
pub const RSS_ORDERS: usize = 400_000;
