//! `workshop dev modules [--unsafe | --twins]`: the module names, one per line, in teaching
//! order, for scripts (`.ci/run` loops over them instead of naming any module). With
//! `--twins`, only the modules that have a C# twin, each followed by its twin's folder.

use crate::manifest::Manifest;
use std::path::Path;

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
