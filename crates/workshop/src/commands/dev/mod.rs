//! `workshop dev …`: the maintainers' commands (as rustlings has `dev`). `verify` stays a
//! top-level command, as `just verify` runs it.

pub mod bench_summary;
pub mod modules;
pub mod mutants;
pub mod new;
pub mod rendered;
pub mod sync;
pub mod twin;

use crate::repository::Repository;
use anyhow::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Scaffold a module by the convention: its three crates, its chapter, and its entries in
    /// the manifest and the book's contents. `workshop verify NAME` then lists what is left.
    New(new::Args),
    /// Rewrite each solution's list of the exercise's tests from the manifest's steps.
    Sync(sync::Args),
    /// Mutation testing: mutate measure and every solution (or the named modules' solutions),
    /// and fail when a mutant survives. Needs cargo-mutants.
    Mutants(mutants::Args),
    /// Print the module names, one per line, in teaching order (for scripts).
    Modules(modules::Args),
    /// Write the summary table and bar chart of a module's recorded benchmarks, for its
    /// chapter (`just bench` runs it after recording).
    BenchSummary(bench_summary::Args),
    /// Check the built book (after `mdbook build docs`) against its sources: every heading on
    /// its page, no prose inside a code block, no markdown link left as text.
    RenderedBook(rendered::Args),
    /// Build a module's C# twin for one runtime, as `compare` does, and print the command
    /// that runs it (for scripts).
    Twin(twin::Args),
}

impl Command {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        match self {
            Command::New(args) => args.run(repo),
            Command::Sync(args) => args.run(repo),
            Command::Mutants(args) => args.run(repo),
            Command::Modules(args) => args.run(repo),
            Command::RenderedBook(args) => args.run(repo),
            Command::BenchSummary(args) => args.run(repo),
            Command::Twin(args) => args.run(repo),
        }
    }
}
