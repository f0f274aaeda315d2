//! `workshop verify`: the maintainers' check, after rustlings' `dev check --require-solutions`.
//! For every module: its files exist; the stub compiles warning-free and FAILS its suite in
//! every step; the solution passes the same suite (the same tests), and is clippy and rustfmt
//! clean; the naive baseline fails the memory tests. One line per module.

use crate::cargo;
use crate::manifest::{Manifest, Module};
use crate::suite;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

pub fn run(root: &Path, manifest: &Manifest, modules: &[&Module]) -> Result<ExitCode> {
    let mut all_ok = true;
    if let Err(problem) = check_summary(root, manifest) {
        println!("docs/src/SUMMARY.md  FAIL  {problem}");
        all_ok = false;
    }
    let width = modules.iter().map(|m| m.name.len()).max().unwrap_or(0);
    for module in modules {
        eprintln!(
            "verify: {} (building and testing the stub, the solution and the naive baseline)…",
            module.name
        );
        let (good, bad) = check_module(root, module)?;
        if bad.is_empty() {
            println!("{:width$}  ok    {}", module.name, good.join(", "));
        } else {
            println!("{:width$}  FAIL  {}", module.name, bad.join("; "));
            all_ok = false;
        }
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The book's table of contents lists every module's chapter, in the manifest's order.
fn check_summary(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let summary = std::fs::read_to_string(root.join("docs/src/SUMMARY.md"))
        .map_err(|e| format!("cannot read it: {e}"))?;
    let mut last = 0;
    for module in &manifest.modules {
        let chapter = module
            .chapter
            .strip_prefix("docs/src")
            .unwrap_or(&module.chapter);
        let link = format!("({})", chapter.to_string_lossy().replace('\\', "/"));
        match summary.find(&link) {
            Some(at) if at >= last => last = at,
            Some(_) => return Err(format!("{} is out of the manifest's order", module.name)),
            None => return Err(format!("does not link {link} for {}", module.name)),
        }
    }
    Ok(())
}

/// What is right (`good`) and what is wrong (`bad`) with one module.
fn check_module(root: &Path, module: &Module) -> Result<(Vec<String>, Vec<String>)> {
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    match missing_files(root, module) {
        missing if missing.is_empty() => good.push("files complete".to_string()),
        missing => bad.push(format!("missing: {}", missing.join(", "))),
    }

    let stub = suite::run(root, &module.exercise, None, false)?;
    let stub_warnings = stub.warnings().count();
    if !stub.compiled {
        bad.push("the stub does not compile".into());
    } else if stub_warnings > 0 {
        bad.push(format!("the stub compiles with {stub_warnings} warnings"));
    }
    let unfailed: Vec<String> = (module.steps.iter().enumerate())
        .filter(|(_, step)| !step.tests.iter().any(|t| stub.target_failed(t)))
        .map(|(i, _)| format!("step {}", i + 1))
        .collect();
    if stub.compiled && stub.all_pass() {
        bad.push("the stub PASSES its suite: nothing to do, or the tests assert nothing".into());
    } else if stub.compiled && !unfailed.is_empty() {
        bad.push(format!(
            "the stub fails no test in {}: those tests cannot fail",
            unfailed.join(", ")
        ));
    } else if stub.compiled && stub_warnings == 0 {
        let failed = stub.total() - stub.passed();
        good.push(format!(
            "stub fails {failed} of {} tests (every step), warning-free",
            stub.total()
        ));
    }

    let solution = suite::run(root, &module.solution, None, false)?;
    if solution.all_pass() && solution.warnings().count() == 0 {
        good.push(format!(
            "solution passes {} of {}",
            solution.passed(),
            solution.total()
        ));
    } else if !solution.compiled {
        bad.push("the solution does not compile".into());
    } else {
        let problems: Vec<String> = solution
            .tests()
            .filter(|(_, r)| !r.passed)
            .map(|(t, r)| format!("{t}::{}", r.name))
            .collect();
        bad.push(format!(
            "the solution passes {} of {} ({} warnings){}",
            solution.passed(),
            solution.total(),
            solution.warnings().count(),
            if problems.is_empty() {
                String::new()
            } else {
                format!(", failing: {}", problems.join(", "))
            }
        ));
    }
    if stub.compiled && solution.compiled && stub.names() != solution.names() {
        bad.push(
            "the stub and the solution do not run the same tests: the suite must be one source"
                .into(),
        );
    }

    if let Some(feature) = &module.naive_feature {
        let naive = suite::run(root, &module.solution, Some(feature), false)?;
        let passed: Vec<&str> = module
            .naive_must_fail
            .iter()
            .filter(|t| !naive.target_failed(t))
            .map(String::as_str)
            .collect();
        if naive.compiled && passed.is_empty() {
            good.push(format!(
                "naive baseline fails {}",
                module.naive_must_fail.join(" and ")
            ));
        } else {
            bad.push(format!(
                "the naive baseline ({feature}) passes {}: the memory tests do not catch it",
                passed.join(", ")
            ));
        }
    }

    let package = cargo::package_name(&root.join(&module.solution))?;
    let exercise = cargo::package_name(&root.join(&module.exercise))?;
    let (clippy, clippy_output) = cargo::succeeds(
        root,
        &[
            "clippy",
            "--quiet",
            "--no-deps",
            "--package",
            &package,
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    let (fmt, _) = cargo::succeeds(
        root,
        &[
            "fmt",
            "--check",
            "--package",
            &package,
            "--package",
            &exercise,
        ],
    )?;
    match (clippy, fmt) {
        (true, true) => good.push("clippy -D warnings and rustfmt clean".into()),
        (false, _) => bad.push(format!(
            "clippy finds problems in the solution:\n{clippy_output}"
        )),
        (true, false) => bad.push("not rustfmt-formatted (run `cargo fmt`)".into()),
    }
    Ok((good, bad))
}

/// The module's crates, chapter, snapshot and test files that are not there; the chapter must
/// include code from the solution and output from the snapshots.
fn missing_files(root: &Path, module: &Module) -> Vec<String> {
    let mut missing = Vec::new();
    for dir in [&module.demo, &module.exercise, &module.solution] {
        if !root.join(dir).join("Cargo.toml").is_file() {
            missing.push(format!("{}/Cargo.toml", dir.display()));
        }
    }
    for step in &module.steps {
        for test in &step.tests {
            if !root
                .join(&module.exercise)
                .join("tests")
                .join(format!("{test}.rs"))
                .is_file()
            {
                missing.push(format!("{}/tests/{test}.rs", module.exercise.display()));
            }
        }
    }
    let snapshots = std::fs::read_dir(root.join(&module.snapshots))
        .into_iter()
        .flatten()
        .flatten();
    if !snapshots
        .into_iter()
        .any(|e| e.path().extension().is_some_and(|x| x == "snap"))
    {
        missing.push(format!("a .snap file in {}", module.snapshots.display()));
    }
    match std::fs::read_to_string(root.join(&module.chapter)) {
        Err(_) => missing.push(module.chapter.display().to_string()),
        Ok(chapter) => {
            for source in [&module.solution, &module.snapshots] {
                let source = source.to_string_lossy().replace('\\', "/");
                if !chapter
                    .lines()
                    .any(|l| l.contains("{{#include") && l.contains(&source))
                {
                    missing.push(format!(
                        "an {{{{#include}}}} of {source} in {}",
                        module.chapter.display()
                    ));
                }
            }
        }
    }
    missing
}
