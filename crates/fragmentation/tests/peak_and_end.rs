//! Each way's two RSS figures over its live heap, the peak and the end, read
//! from what the demo prints for one way in its own process: compaction loads
//! every order before it keeps a quarter, so its end is compact and its peak is
//! not; the pool gives each order back at once, so both stay low. The ratios
//! are glibc's on Linux; elsewhere this checks that both lines are printed.

use std::process::Command;

/// The two ratios one way prints: (peak, end), each RSS growth over the live
/// heap.
fn ratios(way: &str) -> (f64, f64) {
    let output = Command::new(env!("CARGO_BIN_EXE_fragmentation"))
        .args(["--way", way, "--orders", "400000"])
        .output()
        .expect("the demo runs");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let ratio = |label: &str| {
        let line = (text.lines())
            .find_map(|l| l.trim().strip_prefix(label))
            .unwrap_or_else(|| panic!("no `{label}` line:\n{text}"));
        let times = line.split(", ").nth(1).and_then(|r| r.split('×').next());
        times.map_or(f64::NAN, |t| t.parse().expect("a ratio"))
    };
    (ratio("peak RSS growth: "), ratio("RSS growth at the end: "))
}

const CALIBRATED: bool = cfg!(all(target_os = "linux", target_env = "gnu"));

#[test]
fn compaction_cures_the_end_but_not_the_peak() {
    let (peak, end) = ratios("compaction");
    if CALIBRATED {
        assert!(peak > 3.0, "compaction's peak: {peak}× the live heap");
        assert!(end < 1.5, "compaction's end: {end}× the live heap");
    }
}

#[test]
fn the_pool_keeps_both_low() {
    let (peak, end) = ratios("pool");
    if CALIBRATED {
        assert!(peak < 1.5, "the pool's peak: {peak}× the live heap");
        assert!(end < 1.5, "the pool's end: {end}× the live heap");
    }
}
