//! Running cargo and test binaries from the workshop: builds report their executables and
//! diagnostics (JSON messages), and every test binary runs under a time limit.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A test binary may run this long before it is stopped (an endless loop in an exercise).
pub const TEST_TIME_LIMIT: Duration = Duration::from_secs(120);

/// `cargo` as the one running us (`$CARGO` under `cargo run`), in the repository root.
pub fn command(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    command
}

/// A package's name, read from its `Cargo.toml`.
pub fn package_name(dir: &Path) -> Result<String> {
    let path = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let value: toml::Table =
        toml::from_str(&text).with_context(|| format!("{} is not valid TOML", path.display()))?;
    value
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .map(str::to_string)
        .with_context(|| format!("{} has no [package] name", path.display()))
}

/// What a build produced.
#[derive(Debug, Default)]
pub struct Build {
    pub success: bool,
    pub executables: Vec<Executable>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A binary the build produced.
#[derive(Debug)]
pub struct Executable {
    /// The target's name: a test file's name without `.rs`, or the crate's.
    pub target: String,
    pub path: PathBuf,
    /// The package's directory.
    pub package_dir: PathBuf,
}

/// A compiler message (warning or error), already rendered for a terminal.
#[derive(Debug)]
pub struct Diagnostic {
    pub level: String,
    pub rendered: String,
    pub package_dir: PathBuf,
}

/// Runs `cargo <args>` with JSON messages. With `show_progress`, cargo's own progress
/// ("Compiling …") goes to the terminal; otherwise it is kept and shown only on failure.
pub fn build(root: &Path, args: &[&str], show_progress: bool) -> Result<Build> {
    let format = if std::io::stdout().is_terminal() {
        "json-diagnostic-rendered-ansi"
    } else {
        "json"
    };
    let mut command = command(root);
    command
        .args(args)
        .arg(format!("--message-format={format}"))
        .stdout(Stdio::piped());
    command.stderr(if show_progress {
        Stdio::inherit()
    } else {
        Stdio::piped()
    });
    let output = command
        .output()
        .context("cannot run cargo: is the Rust toolchain installed?")?;
    let mut build = Build::default();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let package_dir = || {
            message["manifest_path"]
                .as_str()
                .and_then(|p| Path::new(p).parent())
                .map(Path::to_path_buf)
        };
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                if let (Some(path), Some(package_dir)) =
                    (message["executable"].as_str(), package_dir())
                {
                    let target = message["target"]["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string();
                    build.executables.push(Executable {
                        target,
                        path: path.into(),
                        package_dir,
                    });
                }
            }
            Some("compiler-message") => {
                let diagnostic = &message["message"];
                let rendered = diagnostic["rendered"].as_str();
                // The lib and its test build report the same problem: keep it once.
                let seen = build
                    .diagnostics
                    .iter()
                    .any(|d| Some(d.rendered.as_str()) == rendered);
                if let (Some(rendered), Some(package_dir), false) = (rendered, package_dir(), seen)
                {
                    let level = diagnostic["level"].as_str().unwrap_or_default().to_string();
                    build.diagnostics.push(Diagnostic {
                        level,
                        rendered: rendered.to_string(),
                        package_dir,
                    });
                }
            }
            Some("build-finished") => build.success = message["success"].as_bool() == Some(true),
            _ => {}
        }
    }
    if !build.success && !show_progress && build.diagnostics.is_empty() {
        bail!(
            "cargo {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(build)
}

/// Runs cargo with the given arguments and reports only whether it succeeded, keeping its
/// output for the caller.
pub fn succeeds(root: &Path, args: &[&str]) -> Result<(bool, String)> {
    let output = command(root)
        .args(args)
        .output()
        .context("cannot run cargo")?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok((output.status.success(), text))
}

/// One test's outcome.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub name: String,
    pub passed: bool,
    /// The panic message of a failed test, without backtrace noise.
    pub message: Option<String>,
}

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

/// Reads libtest's plain output: `test NAME ... ok|FAILED` lines, and each failure's
/// `---- NAME stdout ----` section for its message.
pub fn parse_libtest(output: &str) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = output
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, outcome) = rest.rsplit_once(" ... ")?;
            let passed = match outcome.trim() {
                "ok" => true,
                "FAILED" => false,
                _ => return None, // ignored, bench
            };
            Some(TestResult {
                name: name.to_string(),
                passed,
                message: None,
            })
        })
        .collect();
    let mut sections = output.split("\n---- ").skip(1);
    for section in sections.by_ref() {
        let Some((header, body)) = section.split_once('\n') else {
            continue;
        };
        let name = header
            .trim_end_matches(" stdout ----")
            .trim_end_matches(" stderr ----");
        let body = body.split("\nfailures:").next().unwrap_or(body);
        let lines: Vec<String> = body
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("note: run with `RUST_BACKTRACE"))
            .map(tidy_panic_line)
            .collect();
        // Keep the last panic only: a property test panics once per shrinking attempt, and its
        // last panic holds the minimal failing input.
        let last_panic = lines
            .iter()
            .rposition(|l| l.starts_with("panicked at "))
            .unwrap_or(0);
        let message = &lines[last_panic..];
        if let Some(result) = results.iter_mut().find(|r| r.name == name && !r.passed) {
            result.message = Some(message.join("\n"));
        }
    }
    results
}

/// `thread 'name' (123) panicked at path:1:2:` becomes `panicked at path:1:2:`.
fn tidy_panic_line(line: &str) -> String {
    match (line.starts_with("thread '"), line.find(" panicked at ")) {
        (true, Some(at)) => line[at + 1..].to_string(),
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "
running 3 tests
test reads_numbers ... FAILED
test mod_a::keeps_capacity ... ok
test slow ... ignored
test any_text ... FAILED

failures:

---- reads_numbers stdout ----

thread 'reads_numbers' (3204) panicked at exercises/x/src/lib.rs:10:5:
not yet implemented: step 1
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- any_text stdout ----
proptest: a warning
thread 'any_text' (3205) panicked at src/lib.rs:3:1:
not yet implemented
thread 'any_text' (3205) panicked at tests/t.rs:3:1:
Test failed: boom.

failures:
    reads_numbers
    any_text

test result: FAILED. 1 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out
";

    #[test]
    fn reads_outcomes_and_failure_messages() {
        let results = parse_libtest(OUTPUT);
        let summary: Vec<(&str, bool)> = results
            .iter()
            .map(|r| (r.name.as_str(), r.passed))
            .collect();
        assert_eq!(
            summary,
            [
                ("reads_numbers", false),
                ("mod_a::keeps_capacity", true),
                ("any_text", false)
            ]
        );
        assert_eq!(
            results[0].message.as_deref(),
            Some("panicked at exercises/x/src/lib.rs:10:5:\nnot yet implemented: step 1")
        );
        assert_eq!(
            results[2].message.as_deref(),
            Some("panicked at tests/t.rs:3:1:\nTest failed: boom.")
        );
        assert_eq!(results[1].message, None);
    }

    #[test]
    fn garbage_gives_no_results_and_no_panic() {
        assert!(parse_libtest("").is_empty());
        assert!(parse_libtest("test \n---- \n---- x stdout ----").is_empty());
    }
}
