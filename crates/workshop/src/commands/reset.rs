//! `workshop reset MODULE`: restore an exercise to its shipped (last committed) version. It
//! never loses work silently: it asks first (or takes `--yes`), and copies the current files
//! to a backup folder whose path it prints before touching anything.

use crate::manifest::Module;
use crate::progress::{self, Progress};
use anyhow::{Context, Result, bail};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn run(root: &Path, module: &Module, yes: bool) -> Result<ExitCode> {
    let dir = root.join(module.exercise());
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
    })?;
    if !yes && !confirmed(module)? {
        println!("Nothing changed.");
        return Ok(ExitCode::FAILURE);
    }
    let backup = backup(root, module, &dir)?;
    println!("Saved your current files to {}", backup.display());
    git(root, &["checkout", "HEAD", "--"], &module.exercise())?;
    git(root, &["clean", "-fdq", "--"], &module.exercise())?;
    let mut progress = Progress::load(root);
    progress.forget(&module.name);
    progress.save(root)?;
    println!(
        "Restored {} to its shipped version.",
        module.exercise().display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Asks on the terminal; without one, refuses and says how to confirm.
fn confirmed(module: &Module) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        bail!(
            "reset replaces your files in {}; nothing to ask on (no terminal), so confirm with `workshop reset {} --yes`",
            module.exercise().display(),
            module.name
        );
    }
    print!(
        "Reset {} to its shipped version? Your current files are saved to a backup first. [y/N] ",
        module.exercise().display()
    );
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}

/// Copies every file of the exercise (but `target/`) to `target/workshop/backups/NAME-SECONDS`.
fn backup(root: &Path, module: &Module, dir: &Path) -> Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let backup = root
        .join("target")
        .join("workshop")
        .join("backups")
        .join(format!("{}-{seconds}", module.name));
    let mut files = Vec::new();
    progress::collect_files(dir, dir, &mut files)?;
    for file in files {
        let to = backup.join(&file);
        std::fs::create_dir_all(to.parent().expect("a file is in a folder"))?;
        std::fs::copy(dir.join(&file), &to)
            .with_context(|| format!("cannot back up {}", file.display()))?;
    }
    Ok(backup)
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
