//! `workshop dev sync`: rewrites the generated `[[test]]` block of every solution's
//! `Cargo.toml` from the manifest's steps, so the solution runs exactly the exercise's tests.

use crate::manifest::Module;
use crate::repository::Repository;
use crate::solution_tests;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Modules to sync [default: all].
    modules: Vec<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(&repo.root, &repo.manifest.select(&self.modules)?).map(|()| ExitCode::SUCCESS)
    }
}

pub fn run(root: &Path, modules: &[&Module]) -> Result<()> {
    for module in modules {
        let path = module.solution().join("Cargo.toml");
        let full = root.join(&path);
        let text = std::fs::read_to_string(&full)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let synced = solution_tests::synced(&text, module);
        if synced == text {
            println!("{}: up to date", path.display());
        } else {
            std::fs::write(&full, synced)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!("{}: test list rewritten from the manifest", path.display());
        }
    }
    Ok(())
}
