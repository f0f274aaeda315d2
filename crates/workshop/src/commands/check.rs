//! `workshop check MODULE`: run the exercise's suite, say in plain words what passes and what
//! fails, step by step, and give the hint for the first failing step.

use crate::commands::hint;
use crate::manifest::{Manifest, Module};
use crate::progress::{self, LastCheck, Progress, Status};
use crate::repository::Repository;
use crate::suite;
use crate::suite::check_report::{self, Report};
use crate::text::wrap;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    module: String,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(
            &repo.root,
            &repo.manifest,
            repo.manifest.module(&self.module)?,
        )
    }
}

pub fn run(root: &Path, manifest: &Manifest, module: &Module) -> Result<ExitCode> {
    println!(
        "{}\n",
        wrap(&format!("Checking {}: {}", module.name, module.title), "")
    );
    let report = check(root, module)?;
    println!("{}\n", report.render(&module.exercise()));
    let progress = Progress::load(root);
    let unfinished = |m: &Module| progress.status(root, m) != Status::Done;
    let next = manifest.next_unfinished(module, unfinished);
    println!("{}", check_report::verdict(&report, next));
    if let Some(step) = report.first_failing_step() {
        let mut progress = Progress::load(root);
        println!("\n{}", hint::for_check(&mut progress, module, step));
        progress.save(root)?;
    }
    Ok(if report.done() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Builds and runs the exercise's suite, and records the outcome as the module's last check
/// (for `list`, `hint` and `watch`).
pub fn check(root: &Path, module: &Module) -> Result<Report> {
    let label = format!(
        "Building the tests of {} (a first build takes a minute)",
        module.name
    );
    let suite = suite::run(root, &module.exercise(), None, &label)?;
    let mut report = Report::new(root, module, &suite);
    let mut progress = Progress::load(root);
    report.step_before = progress
        .module(&module.name)
        .last_check
        .and_then(|check| check.first_failing_step);
    progress.module_mut(&module.name).last_check = Some(LastCheck {
        compiled: report.compiled,
        passed: report.done(),
        first_failing_step: report.first_failing_step(),
        fingerprint: progress::fingerprint(&root.join(module.exercise()))?,
    });
    progress.save(root)?;
    Ok(report)
}
