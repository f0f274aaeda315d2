//! The repository the workshop works in: its folder and its manifest, which every command
//! reads.

use crate::manifest::{self, Manifest};
use anyhow::Result;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct Repository {
    pub root: PathBuf,
    pub manifest: Manifest,
}

impl Repository {
    /// The repository `WORKSHOP_ROOT` names (CI runs a built binary on a scratch copy that
    /// way), else the one around the current folder (cargo runs it from where it was typed),
    /// else the one this binary was built from. The current folder comes before the built-in
    /// path: a binary built in one clone and run in another (a shared target folder, a moved
    /// clone) must work on the clone it is run in.
    pub fn find() -> Result<Self> {
        let root = match std::env::var_os("WORKSHOP_ROOT") {
            Some(root) => PathBuf::from(root),
            None => std::env::current_dir()
                .ok()
                .and_then(|here| enclosing_repository(&here))
                .unwrap_or_else(built_from),
        };
        if !root.join(manifest::MANIFEST_PATH).is_file() {
            anyhow::bail!(
                "cannot find the workshop repository at {}: run it as `cargo workshop …` \
                 inside the repository",
                root.display()
            );
        }
        let manifest = Manifest::load(&root)?;
        Ok(Self { root, manifest })
    }
}

/// The nearest folder at or above `folder` that holds the manifest and this command line.
fn enclosing_repository(folder: &Path) -> Option<PathBuf> {
    folder
        .ancestors()
        .find(|candidate| {
            candidate.join(manifest::MANIFEST_PATH).is_file()
                && candidate.join("crates/workshop/Cargo.toml").is_file()
        })
        .map(Path::to_path_buf)
}

/// The repository this binary was built from: two folders above its crate.
fn built_from() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR")); // <root>/crates/workshop
    crate_dir
        .ancestors()
        .nth(2)
        .unwrap_or(crate_dir)
        .to_path_buf()
}
