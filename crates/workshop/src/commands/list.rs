//! `workshop list`: the modules in teaching order, with each one's status.

use crate::manifest::Manifest;
use crate::progress::{self, Progress};
use anyhow::Result;
use std::path::Path;
use std::process::Command;

pub fn run(root: &Path, manifest: &Manifest) -> Result<()> {
    let progress = Progress::load(root);
    let width = manifest
        .modules
        .iter()
        .map(|m| m.name.len())
        .max()
        .unwrap_or(0);
    println!("  #  {:width$}  {:12}  title", "module", "status");
    for (i, module) in manifest.modules.iter().enumerate() {
        let last = progress.module(&module.name).last_check;
        let now = progress::fingerprint(&root.join(module.exercise()))?;
        let status = match last {
            Some(check) if check.fingerprint == now && check.passed => "done",
            Some(check) if check.fingerprint == now => "failing",
            _ if unchanged_in_git(root, &module.exercise()) => "not started",
            _ => "in progress",
        };
        println!(
            "  {:>1}  {:width$}  {status:12}  {}",
            i + 1,
            module.name,
            module.title
        );
    }
    println!("\n`workshop check MODULE` tests an exercise and updates its status.");
    Ok(())
}

/// Whether git says the exercise folder is as shipped (no edits, no new files). Without git,
/// an exercise never checked counts as not started.
fn unchanged_in_git(root: &Path, dir: &Path) -> bool {
    let output = Command::new("git")
        .current_dir(root)
        .args(["status", "--porcelain", "--"])
        .arg(dir)
        .output();
    match output {
        Ok(output) if output.status.success() => output.stdout.is_empty(),
        _ => true,
    }
}
