//! `workshop`: the command line of "Rust memory efficiency for .NET developers". Each
//! command is a file in `commands/`; `suite/` builds and runs a module's test suite;
//! `comparison/` is what `compare` needs. Every command reads the module list from
//! `exercises/modules.toml`.

mod bench;
mod commands;
mod comparison;
mod file_events;
mod files;
mod includes;
mod keys;
mod manifest;
mod profiling;
mod program;
mod progress;
mod repository;
mod sections;
mod solution_tests;
mod suite;
mod text;

use clap::Parser;
use repository::Repository;
use std::process::ExitCode;

/// Rust memory efficiency for .NET developers: demos, exercises and their checks.
#[derive(Debug, Parser)]
#[command(name = "workshop", bin_name = "cargo workshop", version)]
struct Cli {
    #[command(subcommand)]
    command: commands::Command,
}

fn main() -> ExitCode {
    measure::exit_quietly_on_broken_pipe();
    let cli = Cli::parse();
    match Repository::find().and_then(|repo| cli.command.run(&repo)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", text::wrap(&format!("error: {error:#}"), ""));
            ExitCode::FAILURE
        }
    }
}
