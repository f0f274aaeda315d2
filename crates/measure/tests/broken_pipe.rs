//! `demo | head` closes the demo's stdout early: with the hook installed (or in
//! `measure::demo::run`, for a demo that writes with `write!`), the program ends quietly with
//! status 141 (as a Unix tool killed by SIGPIPE) instead of panicking or reporting an error;
//! any other error is still reported. This test runs itself again as the printing child (no
//! test harness: it must own stdout).

use std::io::{Read, Write};
use std::process::{Command, ExitCode, Stdio};

const CHILD: &str = "MEASURE_BROKEN_PIPE_CHILD";

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// A demo without arguments, for `measure::demo::run`.
#[derive(Debug, clap::Parser)]
struct NoArguments {}

fn main() -> ExitCode {
    if let Some(mode) = std::env::var_os(CHILD) {
        if mode == "demo-error" {
            return measure::demo::run(|_: NoArguments| Err("no such order".into()));
        }
        if mode == "demo" {
            // A demo that writes with `write!` gets the closed pipe as an error, not a panic.
            return measure::demo::run(|_: NoArguments| {
                let mut out = std::io::stdout().lock();
                loop {
                    writeln!(out, "a line printed until the reader goes away")?;
                }
            });
        }
        measure::exit_quietly_on_broken_pipe();
        if mode == "other" {
            panic!("some other failure");
        }
        for line in 0.. {
            println!("line {line}: printed until the reader goes away");
        }
        return ExitCode::SUCCESS;
    }
    for mode in ["println", "demo"] {
        let mut child = Command::new(std::env::current_exe().expect("this test's path"))
            .env(CHILD, mode)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the test runs itself");
        let mut first = [0u8; 64];
        let mut stdout = child.stdout.take().expect("piped");
        stdout.read_exact(&mut first).expect("the child prints");
        drop(stdout); // as `head` does once it has its lines
        let output = child.wait_with_output().expect("the child ends");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(141), "{mode}: stderr: {stderr}");
        assert!(
            stderr.is_empty(),
            "{mode}: a closed pipe ends quietly: {stderr}"
        );
    }

    // Any other panic still reaches the default hook: reported, status 101.
    let other = Command::new(std::env::current_exe().expect("this test's path"))
        .env(CHILD, "other")
        .output()
        .expect("the child runs");
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert_eq!(other.status.code(), Some(101), "stderr: {stderr}");
    assert!(stderr.contains("some other failure"), "{stderr}");
    // A demo's own error, though, is reported: `error: …`, status 1.
    let failed = Command::new(std::env::current_exe().expect("this test's path"))
        .env(CHILD, "demo-error")
        .output()
        .expect("the child runs");
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert_eq!(failed.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(stderr, "error: no such order\n");
    println!("broken_pipe: 4 passed, 0 failed");
    ExitCode::SUCCESS
}
