//! `workshop dev twin MODULE --runtime mono|coreclr [--dotnet HOST]`: build a module's C# twin
//! for one runtime, as `compare` builds it, and print the command that runs it, on one line
//! (for `.ci/run` and `just record`, so the build is written once). Mono compiles against its
//! own library; .NET Core against the runtime's assemblies, into `target/dotnet/coreclr/`.

use crate::comparison::dotnet::{self, Choice};
use crate::repository::Repository;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module whose twin to build.
    module: String,
    /// The runtime to build it for.
    #[arg(long, value_enum)]
    runtime: Choice,
    /// A `dotnet` host to use instead of the one on PATH.
    #[arg(long)]
    dotnet: Option<PathBuf>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let module = repo.manifest.module(&self.module)?;
        if !repo.root.join(module.twin()).is_dir() {
            anyhow::bail!(
                "{} has no .NET twin ({} does not exist)",
                module.name,
                module.twin().display()
            );
        }
        let runtime = dotnet::find(Some(self.runtime), self.dotnet.as_deref())?;
        let command = runtime.prepare(&repo.root, &module.twin())?;
        let words: Vec<String> = std::iter::once(command.get_program())
            .chain(command.get_args())
            .map(|word| word.to_string_lossy().into_owned())
            .collect();
        println!("{}", words.join(" "));
        Ok(ExitCode::SUCCESS)
    }
}
