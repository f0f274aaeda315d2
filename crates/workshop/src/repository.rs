//! The repository the workshop works in: its folder and its manifest, which every command
//! reads.

use crate::manifest::{self, Manifest};
use anyhow::Result;
use std::path::PathBuf;

#[derive(Debug)]
pub struct Repository {
    pub root: PathBuf,
    pub manifest: Manifest,
}

impl Repository {
    /// The repository this binary was built from (it is run from there, through cargo), or
    /// the one `WORKSHOP_ROOT` names (CI runs a built binary on a scratch copy that way).
    pub fn find() -> Result<Self> {
        let root = match std::env::var_os("WORKSHOP_ROOT") {
            Some(root) => PathBuf::from(root),
            None => {
                let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")); // <root>/crates/workshop
                crate_dir
                    .ancestors()
                    .nth(2)
                    .unwrap_or(&crate_dir)
                    .to_path_buf()
            }
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
