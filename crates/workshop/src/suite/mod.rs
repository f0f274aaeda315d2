//! A module's one test suite, built and run against its exercise or its solution: cargo
//! builds it ([`cargo`]), each test binary runs ([`test_binary`]) and prints libtest's
//! report ([`libtest`]), and [`check_report`] tells the attendee where they are.

pub mod cargo;
pub mod check_report;
pub mod libtest;
pub mod test_binary;

use anyhow::Result;
use cargo::{Build, Diagnostic};
use libtest::TestResult;
use std::collections::BTreeSet;
use std::path::Path;
use test_binary::TestRun;

/// The suite's outcome for one package.
#[derive(Debug)]
pub struct Suite {
    pub compiled: bool,
    /// Compiler messages for this package only (not its dependencies).
    pub diagnostics: Vec<Diagnostic>,
    /// One entry per test binary, in build order.
    pub targets: Vec<(String, TestRun)>,
}

/// Builds the tests of the package in `dir` (relative to `root`) with `features`, and runs them.
/// `label` says, while it builds, what is being built ([`cargo::build`]).
pub fn run(root: &Path, dir: &Path, features: Option<&str>, label: &str) -> Result<Suite> {
    let build = build(root, dir, features, label)?;
    let ours = |package_dir: &Path| package_dir.ends_with(dir);
    let diagnostics = build
        .diagnostics
        .into_iter()
        .filter(|d| ours(&d.package_dir))
        .collect();
    let targets = if build.success {
        let executables = build.executables.iter().filter(|e| ours(&e.package_dir));
        executables
            .map(|e| (e.target.clone(), test_binary::run_tests(e)))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Suite {
        compiled: build.success,
        diagnostics,
        targets,
    })
}

/// Builds the tests of the package in `dir`, as [`run`] does (`doctor` builds them ahead).
pub fn build(root: &Path, dir: &Path, features: Option<&str>, label: &str) -> Result<Build> {
    let package = cargo::package_name(&root.join(dir))?;
    let mut args = vec!["test", "--no-run", "--package", package.as_str()];
    if let Some(features) = features {
        args.extend(["--features", features]);
    }
    cargo::build(root, &args, label)
}

impl Suite {
    /// Every test with its target's name.
    pub fn tests(&self) -> impl Iterator<Item = (&str, &TestResult)> {
        self.targets
            .iter()
            .flat_map(|(target, run)| run.results.iter().map(move |r| (target.as_str(), r)))
    }

    pub fn total(&self) -> usize {
        self.tests().count()
    }

    pub fn passed(&self) -> usize {
        self.tests().filter(|(_, r)| r.passed).count()
    }

    /// Whether anything in `target` failed, crashed or timed out.
    pub fn target_failed(&self, target: &str) -> bool {
        self.targets
            .iter()
            .filter(|(t, _)| t == target)
            .any(|(_, run)| run.problem.is_some() || run.results.iter().any(|r| !r.passed))
    }

    /// `target::test` for every test: the identity of the suite.
    pub fn names(&self) -> BTreeSet<String> {
        self.tests()
            .map(|(target, r)| format!("{target}::{}", r.name))
            .collect()
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.level == "warning")
    }
}
