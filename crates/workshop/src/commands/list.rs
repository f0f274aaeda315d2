//! `workshop list`: the modules in teaching order, with each one's status.

use crate::manifest::Manifest;
use crate::progress::{Progress, Status};
use crate::repository::Repository;
use crate::text::{self, wrap};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(&repo.root, &repo.manifest).map(|()| ExitCode::SUCCESS)
    }
}

pub fn run(root: &Path, manifest: &Manifest) -> Result<()> {
    let progress = Progress::load(root);
    let width = manifest
        .modules
        .iter()
        .map(|m| m.name.len())
        .max()
        .unwrap_or(0);
    let mut done = 0;
    println!("  #  {:width$}  status", "module");
    for (i, module) in manifest.modules.iter().enumerate() {
        let status = progress.status(root, module);
        done += usize::from(status == Status::Done);
        println!("{:>3}  {:width$}  {status}", i + 1, module.name);
        println!("{}", wrap(&module.title, &format!("     {:width$}  ", "")));
    }
    let closing = format!(
        "{done} of {} modules done. {} tests an exercise and updates its status; {} \
         re-checks it on every save.",
        manifest.modules.len(),
        text::command("check MODULE"),
        text::command("watch")
    );
    println!("\n{}", wrap(&closing, ""));
    Ok(())
}
