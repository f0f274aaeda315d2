//! Asking another program something: its standard output, or `None` when it is not installed,
//! cannot start, or fails. `doctor` and the .NET runtime search use it.

use std::ffi::OsStr;
use std::process::{Command, Stdio};

/// What `program args` prints on standard output (trimmed), when it runs and succeeds.
pub fn output(program: impl AsRef<OsStr>, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_answers_nothing() {
        assert_eq!(output("no-such-program-anywhere", &[]), None);
        let rustc = output("rustc", &["--version"]).expect("rustc runs here");
        assert!(rustc.starts_with("rustc ") && rustc == rustc.trim());
    }
}
