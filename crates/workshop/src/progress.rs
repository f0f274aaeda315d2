//! An attendee's progress, kept in `.workshop/progress.json` at the repository root: the hints
//! seen and the last `check` of each module. `.workshop/` is git-ignored and outside `target/`,
//! so `cargo clean` never loses it; reset's backups live there too.

use crate::manifest::{Manifest, Module};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Progress {
    modules: BTreeMap<String, ModuleProgress>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ModuleProgress {
    /// Hints seen so far, per step.
    pub hints_seen: BTreeMap<usize, usize>,
    pub last_check: Option<LastCheck>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LastCheck {
    /// Whether the exercise compiled (older progress files lack it: they compiled).
    #[serde(default = "yes")]
    pub compiled: bool,
    pub passed: bool,
    /// The first step with a failing test (0-based), if any.
    pub first_failing_step: Option<usize>,
    /// [`fingerprint`] of the exercise when it was checked.
    pub fingerprint: u64,
}

fn yes() -> bool {
    true
}

/// The attendee's own state: `.workshop/` at the repository root, or the folder named by
/// `WORKSHOP_STATE_DIR` (the workshop's own tests use a temporary one).
pub fn state_dir(root: &Path) -> PathBuf {
    std::env::var_os("WORKSHOP_STATE_DIR").map_or_else(|| root.join(".workshop"), PathBuf::from)
}

fn path(root: &Path) -> PathBuf {
    state_dir(root).join("progress.json")
}

impl Progress {
    /// The saved progress; a missing or unreadable file is a fresh start.
    pub fn load(root: &Path) -> Self {
        std::fs::read_to_string(path(root))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, root: &Path) -> Result<()> {
        let path = path(root);
        let dir = path.parent().expect("the progress file is in a folder");
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let text = serde_json::to_string_pretty(self).expect("progress serialises");
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
    }

    pub fn module(&self, name: &str) -> ModuleProgress {
        self.modules.get(name).cloned().unwrap_or_default()
    }

    pub fn module_mut(&mut self, name: &str) -> &mut ModuleProgress {
        self.modules.entry(name.to_string()).or_default()
    }

    pub fn forget(&mut self, name: &str) {
        self.modules.remove(name);
    }
}

/// Where an attendee is with a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    DoesNotCompile,
    Failing,
    NotStarted,
    /// Edited since the last check.
    InProgress,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Done => "done",
            Self::DoesNotCompile => "does not compile",
            Self::Failing => "failing",
            Self::NotStarted => "not started",
            Self::InProgress => "edited, not checked since",
        })
    }
}

impl Progress {
    /// `module`'s status: its last check, if the exercise has not changed since; otherwise
    /// whether git says it is as shipped.
    pub fn status(&self, root: &Path, module: &Module) -> Status {
        let now = fingerprint(&root.join(module.exercise())).ok();
        match self.module(&module.name).last_check {
            Some(check) if Some(check.fingerprint) == now => {
                if check.passed {
                    Status::Done
                } else if !check.compiled {
                    Status::DoesNotCompile
                } else {
                    Status::Failing
                }
            }
            _ if unchanged_in_git(root, &module.exercise()) => Status::NotStarted,
            _ => Status::InProgress,
        }
    }

    /// The first module not done, in teaching order (the first when all are): where `watch`
    /// and `hint` start when no module is named.
    pub fn first_unfinished<'m>(&self, root: &Path, manifest: &'m Manifest) -> &'m Module {
        manifest
            .modules
            .iter()
            .find(|m| self.status(root, m) != Status::Done)
            .unwrap_or(&manifest.modules[0])
    }
}

/// Whether git says `dir` is as shipped (no edits, no new files). Without git, an exercise
/// never checked counts as not started.
fn unchanged_in_git(root: &Path, dir: &Path) -> bool {
    let output = std::process::Command::new("git")
        .current_dir(root)
        .args(["status", "--porcelain", "--"])
        .arg(dir)
        .output();
    match output {
        Ok(output) if output.status.success() => output.stdout.is_empty(),
        _ => true,
    }
}

/// A hash of every file in `dir` (paths and contents, `target/` left out): it changes when
/// the attendee edits anything.
pub fn fingerprint(dir: &Path) -> Result<u64> {
    let files = crate::files::under(dir)?;
    let mut hasher = DefaultHasher::new();
    for relative in files {
        hasher.write(relative.to_string_lossy().as_bytes());
        let contents = std::fs::read(dir.join(&relative))
            .with_context(|| format!("cannot read {}", relative.display()))?;
        hasher.write(&contents);
    }
    Ok(hasher.finish())
}
