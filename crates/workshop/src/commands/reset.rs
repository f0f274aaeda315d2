//! `workshop reset MODULE` restores an exercise to its shipped (last committed) version, and
//! `workshop restore MODULE BACKUP` puts a backup back. Neither loses work: each first copies
//! the exercise's current files to a new numbered backup in `.workshop/backups/` (outside
//! `target/`, so `cargo clean` keeps it), prints where, and prints the command that undoes it.

use crate::manifest::Module;
use crate::progress::{self, Progress};
use crate::repository::Repository;
use crate::text::{self, wrap};
use anyhow::{Context, Result, bail};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Debug, clap::Args)]
pub struct Args {
    module: String,
    /// Do not ask for confirmation.
    #[arg(long)]
    yes: bool,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(&repo.root, repo.manifest.module(&self.module)?, self.yes)
    }
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    module: String,
    /// The backup's name, as `reset` printed it (e.g. scoped-drops-1).
    backup: String,
}

impl RestoreArgs {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        restore(
            &repo.root,
            repo.manifest.module(&self.module)?,
            &self.backup,
        )
    }
}

pub fn run(root: &Path, module: &Module, yes: bool) -> Result<ExitCode> {
    require_git(root, module)?;
    if !yes && !confirmed(module)? {
        println!("Nothing changed.");
        return Ok(ExitCode::FAILURE);
    }
    save_backup(root, module)?;
    restore_shipped(root, module)?;
    println!(
        "Restored {} to its shipped version.",
        module.exercise().display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `workshop restore MODULE BACKUP`: the exercise as it was when `BACKUP` was made.
pub fn restore(root: &Path, module: &Module, name: &str) -> Result<ExitCode> {
    require_git(root, module)?;
    let from = backups_dir(root).join(name);
    if name.contains(['/', '\\'])
        || !name.starts_with(&format!("{}-", module.name))
        || !from.is_dir()
    {
        bail!(
            "there is no backup of {} called `{name}`; the backups are: {}",
            module.name,
            list_backups(root, module).join(", ")
        );
    }
    save_backup(root, module)?;
    restore_shipped(root, module)?;
    copy_files(&from, &root.join(module.exercise()))?;
    println!(
        "Restored {} from backup {name}.",
        module.exercise().display()
    );
    Ok(ExitCode::SUCCESS)
}

fn require_git(root: &Path, module: &Module) -> Result<()> {
    git(
        root,
        &["ls-files", "--error-unmatch", "--"],
        &module.exercise(),
    )
    .with_context(|| {
        format!(
            "reset restores {} from git, and git does not know it here (is this a git clone?)",
            module.exercise().display()
        )
    })
}

/// Asks on the terminal; without one, refuses and says how to confirm.
fn confirmed(module: &Module) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        bail!(
            "reset replaces your files in {}; there is no terminal to ask on, so confirm with {}",
            module.exercise().display(),
            text::command(&format!("reset {} --yes", module.name))
        );
    }
    print!(
        "{} [y/N] ",
        wrap(
            &format!(
                "Reset {} to its shipped version? Your current files are saved to a backup first.",
                module.exercise().display()
            ),
            ""
        )
    );
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}

fn backups_dir(root: &Path) -> PathBuf {
    progress::state_dir(root).join("backups")
}

/// The module's backups, oldest first.
fn list_backups(root: &Path, module: &Module) -> Vec<String> {
    let mut numbered: Vec<(u64, String)> = std::fs::read_dir(backups_dir(root))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let number = name
                .strip_prefix(&format!("{}-", module.name))?
                .parse()
                .ok()?;
            Some((number, name))
        })
        .collect();
    numbered.sort();
    numbered.into_iter().map(|(_, name)| name).collect()
}

/// Copies every file of the exercise to `.workshop/backups/NAME-N` (the next free N), and
/// prints where and how to restore it.
fn save_backup(root: &Path, module: &Module) -> Result<()> {
    let dir = root.join(module.exercise());
    let next = list_backups(root, module)
        .iter()
        .filter_map(|b| b.rsplit('-').next()?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n + 1);
    let name = format!("{}-{next}", module.name);
    let backup = backups_dir(root).join(&name);
    copy_files(&dir, &backup)?;
    let shown = backup.strip_prefix(root).unwrap_or(&backup);
    println!(
        "{}",
        wrap(
            &format!(
                "Saved your current files to {}. To put them back: {}",
                shown.display(),
                text::command(&format!("restore {} {name}", module.name))
            ),
            ""
        )
    );
    Ok(())
}

/// The exercise as last committed, files added since then removed; progress forgotten.
fn restore_shipped(root: &Path, module: &Module) -> Result<()> {
    git(root, &["checkout", "HEAD", "--"], &module.exercise())?;
    git(root, &["clean", "-fdq", "--"], &module.exercise())?;
    let mut progress = Progress::load(root);
    progress.forget(&module.name);
    progress.save(root)
}

/// Copies every file under `from` (but `target/`) to the same place under `to`.
fn copy_files(from: &Path, to: &Path) -> Result<()> {
    for file in crate::files::under(from)? {
        let destination = to.join(&file);
        std::fs::create_dir_all(destination.parent().expect("a file is in a folder"))?;
        std::fs::copy(from.join(&file), &destination)
            .with_context(|| format!("cannot copy {} to {}", file.display(), to.display()))?;
    }
    Ok(())
}

fn git(root: &Path, args: &[&str], path: &Path) -> Result<()> {
    let output = Command::new("git")
        .current_dir(root)
        .args(args)
        .arg(path)
        .output()
        .context("cannot run git")?;
    if !output.status.success() {
        bail!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}
