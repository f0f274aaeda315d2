//! `workshop dev modules [--unsafe | --twins]`: the module names, one per line, in teaching
//! order, for scripts (`.ci/run` loops over them instead of naming any module). With
//! `--twins`, only the modules that have a C# twin, each followed by its twin's folder.

use crate::manifest::Manifest;
use crate::repository::Repository;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the modules marked `unsafe = true` (their tests run under valgrind in CI).
    #[arg(long = "unsafe", conflicts_with = "twins")]
    only_unsafe: bool,
    /// Only the modules with a C# twin, each followed by the twin's folder.
    #[arg(long)]
    twins: bool,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let which = match (self.only_unsafe, self.twins) {
            (true, _) => Which::Unsafe,
            (_, true) => Which::Twins,
            _ => Which::All,
        };
        run(&repo.root, &repo.manifest, which);
        Ok(ExitCode::SUCCESS)
    }
}

/// Which modules to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    /// Marked `unsafe = true`.
    Unsafe,
    /// With a C# twin in `dotnet-comparison/`.
    Twins,
}

pub fn run(root: &Path, manifest: &Manifest, which: Which) {
    for module in &manifest.modules {
        let twin = module.twin();
        match which {
            Which::All => println!("{}", module.name),
            Which::Unsafe if module.has_unsafe => println!("{}", module.name),
            Which::Twins if root.join(&twin).is_dir() => {
                println!(
                    "{} {}",
                    module.name,
                    twin.to_string_lossy().replace('\\', "/")
                );
            }
            _ => {}
        }
    }
}
