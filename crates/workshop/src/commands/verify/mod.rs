//! `workshop verify`: the maintainers' check, after rustlings' `dev check --require-solutions`.
//! It proves what a program can prove of the module standard (`CONTRIBUTING.md`):
//!
//! - [`book`]: the table of contents follows the manifest, and every `{{#include}}` in every
//!   chapter yields something;
//! - [`dependencies`]: `cargo test` builds one version of each heavy crate (`syn`, …);
//! - [`layout`]: each module's pieces are where its name says, complete, with no `TODO` left,
//!   its tests matching its steps, and its `unsafe` marked for valgrind;
//! - [`documented_once`]: each public function of the stub has the solution's doc comment
//!   and signature;
//! - [`suites`]: the stub compiles warning-free and FAILS its suite in every step, the solution
//!   passes the very same tests, the naive baseline fails the memory tests, running the tests
//!   leaves the exercise untouched, and clippy and rustfmt are clean.
//!
//! The checks of [`book`], [`layout`] and [`documented_once`] only read files, so `cargo test` runs them too, each
//! as an ordinary test ([`conventions`]): a broken include fails in seconds, not after a build.
//!
//! Each check is a small function that returns an [`Outcome`]; a module's report lists them
//! all, so a new module's report is the list of what is left to do.

mod agenda;
mod book;
#[cfg(test)]
mod conventions;
mod dependencies;
mod documented_once;
mod layout;
mod suites;

use crate::manifest::{Manifest, Module};
use crate::repository::Repository;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// What one check found: a short note when all is well, or the problems, each naming the file
/// or the piece to fix.
pub type Outcome = std::result::Result<String, Vec<String>>;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Modules to verify [default: all].
    modules: Vec<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(
            &repo.root,
            &repo.manifest,
            &repo.manifest.select(&self.modules)?,
        )
    }
}

pub fn run(root: &Path, manifest: &Manifest, modules: &[&Module]) -> Result<ExitCode> {
    let mut all_ok = report("the book", &book::checks(root, manifest));
    all_ok &= report(
        "the build",
        &[dependencies::one_version_of_each_heavy_crate(root)],
    );
    for module in modules {
        eprintln!(
            "verify: {} (building and testing the stub, the solution and the naive baseline)…",
            module.name
        );
        let mut outcomes = layout::checks(root, module);
        outcomes.push(documented_once::stub_matches_solution(root, module));
        outcomes.extend(suites::checks(root, module)?);
        all_ok &= report(&module.name, &outcomes);
    }
    println!(
        "\n{}",
        if all_ok {
            "verify: everything holds."
        } else {
            "verify: FAILED (see each FAIL above)."
        }
    );
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Prints one heading and a line per check; true when every check held.
fn report(heading: &str, outcomes: &[Outcome]) -> bool {
    let ok = outcomes.iter().all(Result::is_ok);
    println!("\n{heading}: {}", if ok { "ok" } else { "FAIL" });
    for outcome in outcomes {
        match outcome {
            Ok(note) => println!("  ok    {note}"),
            Err(problems) => {
                for problem in problems {
                    let problem = problem.trim_end().replace('\n', "\n        ");
                    println!("  FAIL  {problem}");
                }
            }
        }
    }
    ok
}

/// `Ok(note)` when there are no problems.
fn outcome(problems: Vec<String>, note: impl Into<String>) -> Outcome {
    if problems.is_empty() {
        Ok(note.into())
    } else {
        Err(problems)
    }
}
