//! `workshop dev bench-summary MODULE`: the table and the chart of each recording of a
//! module's benchmarks (`docs/src/runs/<module>-bench.txt`, and `<module>-bench-<variant>.txt`
//! for a run with other settings), written beside it for the chapter to include. `just bench`
//! runs it after recording.

use crate::manifest::Manifest;
use crate::repository::Repository;
use anyhow::{Context, Result};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module (a name or a number from `cargo workshop list`).
    module: String,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let manifest = Manifest::load(&repo.root)?;
        let module = manifest.module(&self.module)?;
        for record in module.bench_records(&repo.root) {
            let (table, chart) = (record.with_extension("md"), record.with_extension("svg"));
            let markdown =
                crate::bench::summarise(&repo.root, module, &record, &repo.root.join(&chart))?;
            std::fs::write(repo.root.join(&table), markdown)
                .with_context(|| format!("cannot write {}", table.display()))?;
            println!("wrote {} and {}", table.display(), chart.display());
        }
        Ok(ExitCode::SUCCESS)
    }
}
