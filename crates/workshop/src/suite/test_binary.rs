//! Running one test binary as `cargo test` would, but under a time limit, without
//! backtraces, and with its results read from libtest's output.

use crate::suite::cargo::Executable;
use crate::suite::libtest::{TestResult, parse_libtest};
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A test binary may run this long before it is stopped (an endless loop in an exercise).
pub const TEST_TIME_LIMIT: Duration = Duration::from_secs(120);

/// What one test binary reported.
#[derive(Debug, Default)]
pub struct TestRun {
    pub results: Vec<TestResult>,
    /// Set when the binary crashed, timed out or could not start: its results are incomplete.
    pub problem: Option<String>,
}

/// Runs a test binary in its package's folder (as `cargo test` does), without backtraces,
/// stopping it after [`TEST_TIME_LIMIT`].
pub fn run_tests(executable: &Executable) -> TestRun {
    let mut command = Command::new(&executable.path);
    command
        .current_dir(&executable.package_dir)
        .env("CARGO_MANIFEST_DIR", &executable.package_dir)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let (output, status) = match run_with_limit(command, TEST_TIME_LIMIT) {
        Ok(done) => done,
        Err(problem) => {
            return TestRun {
                results: Vec::new(),
                problem: Some(problem),
            };
        }
    };
    let mut run = TestRun {
        results: parse_libtest(&output),
        problem: None,
    };
    match status {
        None => {
            run.problem = Some(format!(
                "stopped after {} s: is there an endless loop?",
                TEST_TIME_LIMIT.as_secs()
            ));
        }
        // Exited with an error but no test failed: it crashed (stack overflow, abort, …).
        Some(false) if run.results.iter().all(|r| r.passed) => {
            let tail: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
            let tail = tail[tail.len().saturating_sub(5)..].join("\n");
            run.problem = Some(format!("the test program crashed:\n{tail}"));
        }
        _ => {}
    }
    run
}

/// Runs `command`, collecting stdout and stderr; `Ok((output, Some(success)))`, or
/// `Ok((output, None))` when it was stopped at the time limit.
fn run_with_limit(mut command: Command, limit: Duration) -> Result<(String, Option<bool>), String> {
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not start the test program: {e}"))?;
    fn read_all(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    }
    let stdout = child.stdout.take().map(read_all);
    let stderr = child.stderr.take().map(read_all);
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status.success()),
            Ok(None) if started.elapsed() < limit => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let mut output = String::new();
    for reader in [stdout, stderr].into_iter().flatten() {
        output.push_str(&reader.join().unwrap_or_default());
        output.push('\n');
    }
    Ok((output, status))
}
