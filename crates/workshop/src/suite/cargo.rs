//! Running cargo from the workshop: builds with JSON messages report the executables they made
//! and their compiler messages, each once.

use crate::text;
use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
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

/// Runs `cargo <args>` with JSON messages. Cargo's own lines are kept, not shown: on a
/// terminal, one line says what is being built and how far it is (`label: 37 crates built,
/// now clap_builder…`) and goes when the build ends, so the first thing printed after a failed
/// build is rustc's first error, not cargo's summary of it.
pub fn build(root: &Path, args: &[&str], label: &str) -> Result<Build> {
    let format = if std::io::stdout().is_terminal() {
        "json-diagnostic-rendered-ansi"
    } else {
        "json"
    };
    let mut child = command(root)
        .args(args)
        .arg(format!("--message-format={format}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run cargo: is the Rust toolchain installed?")?;
    let stderr = child.stderr.take().context("cargo's stderr")?;
    let status_line = std::io::stderr().is_terminal().then(|| label.to_string());
    let cargo_lines = std::thread::spawn(move || follow(stderr, status_line.as_deref()));
    let mut build = Build::default();
    let stdout = child.stdout.take().context("cargo's stdout")?;
    for line in BufReader::new(stdout).lines().map_while(|line| line.ok()) {
        read_message(&line, &mut build);
    }
    child.wait().context("cargo did not finish")?;
    let cargo_lines = cargo_lines.join().unwrap_or_default();
    if !build.success && build.diagnostics.is_empty() {
        bail!("cargo {} failed:\n{cargo_lines}", args.join(" "));
    }
    Ok(build)
}

/// Reads cargo's lines from `stderr` and returns them; with a `label`, keeps one line on the
/// terminal up to date with the crates built so far, and clears it at the end.
fn follow(stderr: impl Read, label: Option<&str>) -> String {
    let mut kept = String::new();
    let mut built = 0;
    for line in BufReader::new(stderr).lines().map_while(|line| line.ok()) {
        kept.push_str(&line);
        kept.push('\n');
        let Some(label) = label else { continue };
        if let Some(what) = line.trim_start().strip_prefix("Compiling ") {
            built += 1;
            let name = what.split(' ').next().unwrap_or(what);
            let status = format!("{label}: {built} crates built, now {name}…");
            let status: String = status.chars().take(text::width() - 1).collect();
            eprint!("\r\x1b[K{status}");
            let _ = std::io::stderr().flush();
        }
    }
    if label.is_some() && built > 0 {
        eprint!("\r\x1b[K");
        let _ = std::io::stderr().flush();
    }
    kept
}

/// Takes in one of cargo's JSON messages: an executable built, a compiler message (each
/// once: the lib and its test build report the same problem) or the build's end.
fn read_message(line: &str, build: &mut Build) {
    let Ok(message) = serde_json::from_str::<Value>(line) else {
        return;
    };
    let package_dir = || {
        message["manifest_path"]
            .as_str()
            .and_then(|p| Path::new(p).parent())
            .map(Path::to_path_buf)
    };
    match message["reason"].as_str() {
        Some("compiler-artifact") => {
            if let (Some(path), Some(package_dir)) = (message["executable"].as_str(), package_dir())
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
            let seen = build
                .diagnostics
                .iter()
                .any(|d| Some(d.rendered.as_str()) == rendered);
            if let (Some(rendered), Some(package_dir), false) = (rendered, package_dir(), seen) {
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
