//! Running cargo from the workshop: builds with JSON messages report the executables they made
//! and their compiler messages, each once.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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
