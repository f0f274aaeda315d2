//! `workshop demo [MODULE…] [-- ARGS]`: build the demos, then run each under a heading, in
//! teaching order. Nothing but the demos' own output appears under the headings: cargo's
//! messages are kept back (a one-line note shows while a build takes a while), and a demo ended
//! by a closed pipe (`| head`) ends the command quietly, as Unix tools do.

use crate::manifest::Module;
use crate::repository::Repository;
use crate::sections;
use crate::suite::cargo;
use crate::text::COLUMNS;
use anyhow::{Context, Result, bail};
use std::io::{BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};

/// The exit status of a program ended by a closed pipe (`measure`'s broken-pipe hook).
const CLOSED_PIPE: i32 = 141;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Modules to run, in the order given [default: all, in teaching order].
    modules: Vec<String>,
    /// Shorter runs (for CI).
    #[arg(long)]
    quick: bool,
    /// Presenter mode: wait for Enter before each section of a demo's output (only when
    /// standard input is a terminal).
    #[arg(long)]
    pause: bool,
    /// Arguments for the demo (one module), after `--`: `demo scoped-drops -- --seconds 30`.
    #[arg(last = true)]
    args: Vec<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let pause = self.pause && std::io::stdin().is_terminal();
        run(
            &repo.root,
            &repo.manifest.select(&self.modules)?,
            self.quick,
            pause,
            &self.args,
        )
    }
}

pub fn run(
    root: &Path,
    modules: &[&Module],
    quick: bool,
    pause: bool,
    extra: &[String],
) -> Result<ExitCode> {
    if !extra.is_empty() && modules.len() != 1 {
        bail!("arguments after `--` go to one demo: name it, as in `demo scoped-drops -- --help`");
    }
    let executables = build(root, modules)?;
    let mut failed = Vec::new();
    for (i, (module, executable)) in modules.iter().zip(&executables).enumerate() {
        let heading = format!(" {}/{} {} ", i + 1, modules.len(), module.name);
        println!("\n{heading:━^COLUMNS$}\n");
        let args = match (quick, extra.is_empty()) {
            (_, false) => extra,
            (true, true) => &module.quick_args,
            (false, true) => &module.demo_args,
        };
        std::io::stdout().flush()?;
        let mut command = Command::new(executable);
        command.args(args).current_dir(root);
        let status = if pause {
            presented(command)
        } else {
            command.status()
        };
        let status = status.with_context(|| format!("cannot run {}", executable.display()))?;
        match status.code() {
            Some(0) => {}
            Some(CLOSED_PIPE) => return Ok(ExitCode::from(CLOSED_PIPE as u8)),
            _ => failed.push(module.name.as_str()),
        }
    }
    if failed.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("\nerror: these demos failed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}

/// Runs `command` with its output shown a section at a time, waiting for Enter on standard
/// input between sections.
fn presented(mut command: Command) -> std::io::Result<ExitStatus> {
    let mut child = command.stdout(Stdio::piped()).spawn()?;
    let output = BufReader::new(child.stdout.take().expect("piped"));
    let stdin = std::io::stdin();
    let mut keys = stdin.lock();
    let (mut out, mut prompt) = (std::io::stdout().lock(), std::io::stderr().lock());
    sections::present(output, &mut out, &mut prompt, Some(&mut keys))?;
    child.wait()
}

/// Builds the modules' demos (release), saying so on a terminal while it takes a while and
/// showing cargo's messages only when it fails; their binaries, in the same order.
pub fn build(root: &Path, modules: &[&Module]) -> Result<Vec<PathBuf>> {
    let packages: Vec<String> = modules
        .iter()
        .map(|m| cargo::package_name(&root.join(m.demo())))
        .collect::<Result<_>>()?;
    let mut args = vec!["build", "--release", "--bins"];
    for package in &packages {
        args.extend(["--package", package]);
    }
    let build = cargo::build(
        root,
        &args,
        "Building the demos (the first time takes a few minutes)",
    )?;
    if !build.success {
        for diagnostic in &build.diagnostics {
            eprintln!("{}", diagnostic.rendered.trim_end());
        }
        bail!("the demos did not build");
    }
    packages
        .iter()
        .map(|package| {
            let executable = build.executables.iter().find(|e| e.target == *package);
            executable
                .map(|e| e.path.clone())
                .with_context(|| format!("the build produced no `{package}` binary"))
        })
        .collect()
}
