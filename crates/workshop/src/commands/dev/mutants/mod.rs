//! `workshop dev mutants [MODULE…]`: mutation testing as a gate (cargo-mutants). It mutates
//! `measure`, every module's solution and `workshop profile`'s readers of the profilers'
//! output, runs the tests that exercise each (the package's own, plus the demo's snapshot test,
//! which pins the naive baseline's counts and drives `measure::demo`), and fails when a mutant
//! survives. Mutants that cannot be caught because
//! they change nothing observable are listed, each with its reason, in `.cargo/mutants.toml`.
//!
//! A package whose every mutant was caught is recorded with a hash of what decides that
//! ([`proven`]); with `--changed` (CI), a package whose hash is unchanged is skipped, so the
//! work grows with the change, not with the course.

mod proven;

use crate::manifest::{Manifest, Module};
use crate::repository::Repository;
use crate::suite::cargo;
use crate::text::wrap;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};

/// A mutant whose tests run longer than this is stopped (and counted as a failure).
const TIMEOUT_SECONDS: &str = "120";

/// What to mutate, and whose tests to run on each mutant.
#[derive(Debug)]
struct Target {
    package: String,
    test_packages: Vec<String>,
    /// The folders whose content decides the outcome: the package's, the given files it
    /// includes, its tests' packages and `measure`.
    inputs: Vec<PathBuf>,
    /// Only part of the package: its files under this folder, tested by the unit tests whose
    /// names start with `tests` (the rest of the package is checked by its own tests, and
    /// mutating it all would cost an hour).
    part: Option<Part>,
}

#[derive(Debug)]
struct Part {
    folder: &'static str,
    tests: &'static str,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Modules whose solutions to mutate [default: all, and measure].
    modules: Vec<String>,
    /// Mutate the source tree in place, reusing its build (CI, on a fresh clone).
    #[arg(long)]
    in_place: bool,
    /// Skip each package whose every mutant was caught for exactly its present sources,
    /// tests, lockfile and toolchain (the record in .cargo/mutants-proven.txt).
    #[arg(long)]
    changed: bool,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let modules = repo.manifest.select(&self.modules)?;
        run(&repo.root, &repo.manifest, &modules, &self)
    }
}

fn run(root: &Path, manifest: &Manifest, modules: &[&Module], args: &Args) -> Result<ExitCode> {
    let installed = cargo::command(root)
        .args(["mutants", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        bail!("cargo-mutants is not installed: `cargo install cargo-mutants --locked`");
    }
    let targets = targets(root, manifest, modules)?;
    let versions = [("rustc", ["-vV"]), ("cargo", ["-V"])]
        .iter()
        .map(|(program, args)| crate::program::output(program, args).unwrap_or_default())
        .chain(crate::program::output("cargo", &["mutants", "--version"]))
        .collect::<Vec<_>>()
        .join("\n");
    let mut proven = proven::read(root);
    let mut failed = Vec::new();
    for target in &targets {
        let hash = proven::hash(root, &target.inputs, &versions)?;
        if args.changed && proven.get(&target.package) == Some(&hash) {
            eprintln!(
                "\nmutants: {} skipped: nothing that decides its mutants changed since every \
                 one was caught ({} {hash})",
                target.package,
                proven::RECORD_PATH
            );
            continue;
        }
        eprintln!(
            "\nmutants: {} (tests: {})",
            target.package,
            target.test_packages.join(", ")
        );
        let output = root.join("target").join("mutants").join(&target.package);
        std::fs::create_dir_all(&output)
            .with_context(|| format!("cannot create {}", output.display()))?;
        let mut command = cargo::command(root);
        command.args(["mutants", "--package", &target.package, "--timeout"]);
        command.arg(TIMEOUT_SECONDS).arg("--output").arg(&output);
        for package in &target.test_packages {
            command.args(["--test-package", package]);
        }
        if target.package == "measure" {
            command.args(["--features", "measure/heap-test"]); // its HeapTest and that one's tests
        }
        if args.in_place {
            command.arg("--in-place");
        }
        if let Some(part) = &target.part {
            command.args(["--file", &format!("{}/**", part.folder)]);
            // Last: what follows `--` goes to `cargo test` (here, a test-name filter).
            command.args(["--cargo-test-arg=--bins", "--", part.tests]);
        }
        let status = command.status().context("cannot run cargo mutants")?;
        if status.success() {
            proven.insert(target.package.clone(), hash);
            proven::write(root, &proven)?;
        } else {
            proven.remove(&target.package);
            proven::write(root, &proven)?;
            let report = |file: &str| {
                std::fs::read_to_string(output.join("mutants.out").join(file)).unwrap_or_default()
            };
            failed.push(format!(
                "{}: cargo mutants exited with {status}\n{}{}",
                target.package,
                report("missed.txt"),
                report("timeout.txt")
            ));
        }
    }
    println!();
    if failed.is_empty() {
        println!(
            "{}",
            wrap(
                &format!(
                    "mutants: every mutant of {} was caught, apart from the equivalents listed \
                     in .cargo/mutants.toml.",
                    targets
                        .iter()
                        .map(|t| t.package.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                ""
            )
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "mutants: FAILED. Surviving mutants are claims no test checks: add a test that \
             catches each, or, if it changes nothing observable, list it in .cargo/mutants.toml \
             with the reason.\n\n{}",
            failed.join("\n")
        );
        Ok(ExitCode::FAILURE)
    }
}

/// `measure` (when all modules are selected) and each selected module's solution.
fn targets(root: &Path, manifest: &Manifest, modules: &[&Module]) -> Result<Vec<Target>> {
    let demo = |module: &Module| cargo::package_name(&root.join(module.demo()));
    let solution = |module: &Module| cargo::package_name(&root.join(module.solution()));
    // A solution's outcome depends on it, the exercise (the given files it includes and the
    // suite), the demo (its snapshot test) and measure, which all of them use.
    let inputs = |module: &Module| {
        vec![
            module.solution(),
            module.exercise(),
            module.demo(),
            PathBuf::from("crates/measure"),
        ]
    };
    let mut targets = Vec::new();
    if modules.len() == manifest.modules.len() {
        let mut test_packages = vec!["measure".to_string()];
        let mut measure_inputs = vec![PathBuf::from("crates/measure")];
        if let Some(first) = manifest.modules.first() {
            test_packages.push(demo(first)?); // its snapshot test drives measure::demo
            measure_inputs = inputs(first);
        }
        targets.push(Target {
            package: "measure".into(),
            test_packages,
            inputs: measure_inputs,
            part: None,
        });
        let profiling = "crates/workshop/src/profiling";
        targets.push(Target {
            package: "workshop".into(),
            test_packages: vec!["workshop".into()],
            inputs: vec![profiling.into(), "crates/measure/src/profile".into()],
            part: Some(Part {
                folder: profiling,
                tests: "profiling::",
            }),
        });
    }
    for module in modules {
        let package = solution(module)?;
        targets.push(Target {
            test_packages: vec![package.clone(), demo(module)?],
            package,
            inputs: inputs(module),
            part: None,
        });
    }
    Ok(targets)
}
