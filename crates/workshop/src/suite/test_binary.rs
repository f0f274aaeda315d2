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
/// stopping it after [`TEST_TIME_LIMIT`]. When it crashes (an abort, a stack overflow), the
/// test that crashed it is named and every test it did not report counts as failing, so the
/// suite's count stays true.
pub fn run_tests(executable: &Executable) -> TestRun {
    let (output, status) = match run_with_limit(test_command(executable, &[]), TEST_TIME_LIMIT) {
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
            account_for_crash(executable, &mut run)
        }
        _ => {}
    }
    run
}

/// After a crash: runs the tests one at a time to see which one crashes (libtest names each
/// test before it runs it, then), and adds every listed test that reported nothing as failing.
fn account_for_crash(executable: &Executable, run: &mut TestRun) {
    let one_at_a_time = run_with_limit(
        test_command(executable, &["--test-threads=1"]),
        TEST_TIME_LIMIT,
    );
    let output = one_at_a_time.map(|(output, _)| output).unwrap_or_default();
    let (crashed, mut words) = crashed_test(&output).unwrap_or_default();
    if words.is_empty() {
        // What the crash printed on stderr, which comes after stdout here.
        words = output
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty() && !l.starts_with("note: "))
            .unwrap_or("no message")
            .to_string();
    }
    run.problem = Some(if crashed.is_empty() {
        "the test program crashed".to_string()
    } else {
        format!("the test program crashed in `{crashed}`: {words}")
    });
    for name in listed_tests(executable) {
        if run.results.iter().any(|r| r.name == name) {
            continue;
        }
        let message = if name == crashed {
            format!("it crashed the test program: {words}")
        } else {
            format!("not run: `{crashed}` crashed the test program first")
        };
        run.results.push(TestResult {
            name,
            passed: false,
            message: Some(message),
        });
    }
}

/// The test a one-at-a-time run was in when it crashed, and what it printed:
/// `test NAME ... memory allocation of … failed` gives `NAME` and the rest.
fn crashed_test(output: &str) -> Option<(String, String)> {
    output.lines().rev().find_map(|line| {
        let (name, outcome) = line.strip_prefix("test ")?.split_once(" ... ")?;
        let outcome = outcome.trim();
        (!matches!(outcome, "ok" | "FAILED" | "ignored"))
            .then(|| (name.to_string(), outcome.to_string()))
    })
}

/// The names of the binary's tests (`--list`), or none when it cannot list them.
fn listed_tests(executable: &Executable) -> Vec<String> {
    run_with_limit(
        test_command(executable, &["--list", "--format", "terse"]),
        TEST_TIME_LIMIT,
    )
    .map(|(output, _)| {
        output
            .lines()
            .filter_map(|line| line.strip_suffix(": test"))
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

fn test_command(executable: &Executable, args: &[&str]) -> Command {
    let mut command = Command::new(&executable.path);
    command
        .args(args)
        .current_dir(&executable.package_dir)
        .env("CARGO_MANIFEST_DIR", &executable.package_dir)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Run as a child in a folder holding this file, the test below crashes its program.
    const CRASH_MARKER: &str = "crash-here";

    #[test]
    fn crashes_where_told_to() {
        if std::path::Path::new(CRASH_MARKER).exists() {
            std::process::abort();
        }
    }

    #[test]
    fn a_crash_is_named_and_every_listed_test_counted() {
        if std::path::Path::new(CRASH_MARKER).exists() {
            return; // the child run of this binary
        }
        let folder = std::env::temp_dir().join(format!("workshop-crash-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(CRASH_MARKER), "").unwrap();
        let this_binary = Executable {
            target: "workshop".into(),
            path: std::env::current_exe().unwrap(),
            package_dir: folder.clone(),
        };
        let run = run_tests(&this_binary);
        let listed = listed_tests(&this_binary);
        std::fs::remove_dir_all(&folder).unwrap();
        let crashed = "suite::test_binary::tests::crashes_where_told_to";
        let problem = run.problem.expect("the crash is reported");
        assert!(
            problem.contains(&format!("crashed in `{crashed}`")),
            "{problem}"
        );
        assert!(listed.len() > 10, "{listed:?}");
        assert_eq!(run.results.len(), listed.len());
        let result = run.results.iter().find(|r| r.name == crashed).unwrap();
        assert!(!result.passed);
        assert!(
            !problem.ends_with(": "),
            "what it printed is said: {problem}"
        );
    }

    #[test]
    fn the_test_running_at_the_crash_is_found() {
        let output =
            "running 3 tests\ntest a ... ok\ntest b ... memory allocation of 8 bytes failed\n";
        assert_eq!(
            crashed_test(output),
            Some(("b".into(), "memory allocation of 8 bytes failed".into()))
        );
        assert_eq!(crashed_test("test a ... ok\ntest c ... FAILED\n"), None);
    }
}
