//! Bad input gets a clear message and a non-zero exit, never a panic or a backtrace.

use std::process::{Command, Output};

fn workshop(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_workshop"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("the workshop binary runs")
}

#[test]
fn an_unknown_module_names_the_valid_ones() {
    for command in ["check", "demo", "reset", "hint", "verify"] {
        let output = workshop(&[command, "nosuch"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(1),
            "workshop {command} nosuch: {stderr}"
        );
        assert!(
            stderr.contains("there is no module called `nosuch`")
                && stderr.contains("scoped-drops"),
            "workshop {command} nosuch should name the valid modules, said: {stderr}"
        );
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
    }
}

#[test]
fn an_unknown_command_or_a_missing_argument_is_a_usage_error() {
    for args in [
        &["frobnicate"][..],
        &["check"],
        &["reset", "scoped-drops", "--force"],
    ] {
        let output = workshop(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "workshop {args:?}: {stderr}");
        assert!(
            stderr.contains("Usage:") && !stderr.contains("panicked"),
            "{stderr}"
        );
    }
}

#[test]
fn reset_without_a_terminal_or_yes_changes_nothing() {
    let output = workshop(&["reset", "scoped-drops"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    // It says how to confirm (or, in a copy without git, that it needs git).
    assert!(
        stderr.contains("--yes") || stderr.contains("git"),
        "{stderr}"
    );
}
