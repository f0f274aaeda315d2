//! A demo's run under `workshop profile`: `measure::demo::run` writes the counting allocator's
//! figures where `MEASURE_COUNTS_FILE` says; with the `dhat-profile` feature dhat profiles the
//! same run, and its totals are the counting allocator's from dhat's start, exactly (dhat's
//! own bookkeeping is in neither). This test runs itself again as the demo (no test harness:
//! the child is a whole program, as a demo is).
//!
//! `cargo test -p measure --test profile_session` (the counts) and, as CI does, with
//! `--features dhat-profile` (dhat beside them).

use measure::profile::{COUNTS_FILE, DHAT_FILE, RunCounts};
use std::process::{Command, ExitCode};

const CHILD: &str = "MEASURE_PROFILE_SESSION_CHILD";
const BLOCKS: usize = 100;
const BLOCK: usize = 1000;
const KEPT: usize = 10;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// A demo without arguments, for `measure::demo::run`.
#[derive(Debug, clap::Parser)]
struct NoArguments {}

fn main() -> ExitCode {
    if std::env::var_os(CHILD).is_some() {
        return measure::demo::run(|_: NoArguments| {
            let mut kept = Vec::new();
            for i in 0..BLOCKS {
                let block = std::hint::black_box(vec![i as u8; BLOCK]);
                if i % (BLOCKS / KEPT) == 0 {
                    kept.push(block);
                }
            }
            std::hint::black_box(&kept);
            Ok(())
        });
    }
    let folder = std::env::temp_dir().join(format!("measure-profile-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let (counts, dhat) = (folder.join("run.counts"), folder.join("run.dhat.json"));
    let output = Command::new(std::env::current_exe().expect("this test's path"))
        .env(CHILD, "1")
        .env(COUNTS_FILE, &counts)
        .env(DHAT_FILE, &dhat)
        .output()
        .expect("the test runs itself");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the child failed: {stderr}");
    let text = std::fs::read_to_string(&counts).expect("the counts were written");
    let counts = RunCounts::parse(&text).expect("the counts read back");
    // Each block, the Vec of kept blocks as it grows (4 sizes to 10), the allocator check.
    assert!(counts.allocations >= (BLOCKS + 4) as u64, "{counts:?}");
    assert!(
        counts.peak_live_bytes >= (KEPT * BLOCK) as u64,
        "{counts:?}"
    );
    assert!(
        counts.peak_live_bytes < (2 * KEPT * BLOCK) as u64,
        "{counts:?}"
    );
    if cfg!(feature = "dhat-profile") {
        let dhat_blocks = dhat_figure(&stderr, "dhat: Total:", "in ");
        let dhat_peak = dhat_figure(&stderr, "dhat: At t-gmax:", "");
        assert_eq!(
            dhat_blocks,
            counts.allocations - counts.allocations_before_profiler
        );
        assert_eq!(
            dhat_peak,
            counts.peak_live_bytes - counts.live_bytes_before_profiler
        );
        assert!(dhat.is_file(), "dhat saved no profile");
    } else {
        assert!(!dhat.exists(), "without the feature, no profile");
    }
    let _ = std::fs::remove_dir_all(&folder);
    println!("profile_session: ok");
    ExitCode::SUCCESS
}

/// The number after `after` on dhat's stderr line starting with `line` (`dhat: Total: 1,234
/// bytes in 56 blocks` gives 56 after `in `, 1234 after ``).
fn dhat_figure(stderr: &str, line: &str, after: &str) -> u64 {
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix(line))
        .unwrap_or_else(|| panic!("no `{line}` in dhat's output: {stderr}"));
    let rest = &line[line.find(after).expect("dhat's wording") + after.len()..];
    let number: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    number.parse().expect("a number")
}
