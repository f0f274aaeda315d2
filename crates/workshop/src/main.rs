//! `workshop`: the command line of "Rust memory efficiency for .NET developers".
//! Every command reads the module list from `exercises/modules.toml`.

mod cargo;
mod chart;
mod check_report;
mod commands;
mod dotnet;
mod file_events;
mod includes;
mod keys;
mod libtest;
mod manifest;
mod program;
mod progress;
mod run_report;
mod sampler;
mod solution_tests;
mod suite;
mod test_binary;
mod text;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use manifest::Manifest;
use std::path::PathBuf;
use std::process::ExitCode;

/// Rust memory efficiency for .NET developers: demos, exercises and their checks.
#[derive(Debug, Parser)]
#[command(name = "workshop", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The modules in teaching order, with your status in each.
    List,
    /// Run the demos (all of them, or the ones named), each under a heading.
    Demo {
        /// Modules to run, in the order given [default: all, in teaching order].
        modules: Vec<String>,
        /// Shorter runs (for CI).
        #[arg(long)]
        quick: bool,
        /// Arguments for the demo (one module), after `--`: `demo scoped-drops -- --seconds 30`.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Test your exercise: what passes, what fails, and a hint.
    Check { module: String },
    /// Check an exercise again each time you save a file in it (h: a hint, q: quit).
    Watch {
        /// The module [default: the first one not done].
        module: Option<String>,
        /// Check when you press Enter, instead of on every save (for file systems that send no
        /// file events).
        #[arg(long, conflicts_with = "poll")]
        manual: bool,
        /// Look at the files every second instead of waiting for file events.
        #[arg(long)]
        poll: bool,
    },
    /// The next hint for an exercise.
    Hint { module: String },
    /// Run a module's Rust demo and its .NET twin on the same work, and show both side by side:
    /// memory sampled from outside, iteration times, CPU time, collections, and a chart.
    Compare {
        /// The module [default: the first with a .NET twin].
        module: Option<String>,
        /// How long each side runs.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
        seconds: u64,
        /// The .NET runtime to use [default: the first found of sdk, mono, coreclr].
        #[arg(long, value_enum)]
        runtime: Option<dotnet::Choice>,
        /// A `dotnet` host to use instead of the one on PATH.
        #[arg(long)]
        dotnet: Option<PathBuf>,
        /// More arguments for both sides, after `--`: `compare -- --threads 2 --retain-spikes`.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Is this machine ready for the workshop? What is missing, and what to do about it.
    Doctor {
        /// Skip the check that the workspace builds.
        #[arg(long)]
        quick: bool,
    },
    /// Maintainers: every stub fails its suite, every solution passes it, clean and complete.
    Verify {
        /// Modules to verify [default: all].
        modules: Vec<String>,
    },
    /// Restore an exercise to its shipped version, after saving your files to a backup.
    Reset {
        module: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Put back the files that `reset` (or an earlier `restore`) saved to a backup.
    Restore {
        module: String,
        /// The backup's name, as `reset` printed it (e.g. scoped-drops-1).
        backup: String,
    },
    /// Maintainers: add a module, keep generated files in sync, list modules for scripts.
    #[command(subcommand)]
    Dev(Dev),
}

#[derive(Debug, Subcommand)]
enum Dev {
    /// Scaffold a module by the convention: its three crates, its chapter, and its entries in
    /// the manifest and the book's contents. `workshop verify NAME` then lists what is left.
    New {
        /// The module's name: lowercase letters, digits and hyphens (it names four folders).
        name: String,
        /// Its title in the manifest and the book [default: the name, as words].
        #[arg(long)]
        title: Option<String>,
    },
    /// Rewrite each solution's list of the exercise's tests from the manifest's steps.
    Sync {
        /// Modules to sync [default: all].
        modules: Vec<String>,
    },
    /// Mutation testing: mutate measure and every solution (or the named modules' solutions),
    /// and fail when a mutant survives. Needs cargo-mutants.
    Mutants {
        /// Modules whose solutions to mutate [default: all, and measure].
        modules: Vec<String>,
        /// Mutate the source tree in place, reusing its build (CI, on a fresh clone).
        #[arg(long)]
        in_place: bool,
    },
    /// Print the module names, one per line, in teaching order (for scripts).
    Modules {
        /// Only the modules marked `unsafe = true` (their tests run under valgrind in CI).
        #[arg(long = "unsafe", conflicts_with = "twins")]
        only_unsafe: bool,
        /// Only the modules with a C# twin, each followed by the twin's folder.
        #[arg(long)]
        twins: bool,
    },
}

fn main() -> ExitCode {
    measure::exit_quietly_on_broken_pipe();
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", text::wrap(&format!("error: {error:#}"), ""));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<ExitCode> {
    let root = repository_root()?;
    let manifest = Manifest::load(&root)?;
    match command {
        Command::List => commands::list::run(&root, &manifest).map(|()| ExitCode::SUCCESS),
        Command::Demo {
            modules,
            quick,
            args,
        } => commands::demo::run(&root, &manifest.select(&modules)?, quick, &args),
        Command::Check { module } => {
            commands::check::run(&root, &manifest, manifest.module(&module)?)
        }
        Command::Watch {
            module,
            manual,
            poll,
        } => {
            let start = module.map(|m| manifest.module(&m)).transpose()?;
            let options = commands::watch::Options { manual, poll };
            commands::watch::run(&root, &manifest, start, options)
        }
        Command::Hint { module } => {
            commands::hint::run(&root, manifest.module(&module)?).map(|()| ExitCode::SUCCESS)
        }
        Command::Compare {
            module,
            seconds,
            runtime,
            dotnet,
            args,
        } => {
            let module = module.map(|m| manifest.module(&m)).transpose()?;
            let options = commands::compare::Options {
                seconds,
                runtime,
                dotnet,
                extra: args,
            };
            commands::compare::run(&root, &manifest, module, &options)
        }
        Command::Doctor { quick } => commands::doctor::run(&root, quick),
        Command::Verify { modules } => {
            commands::verify::run(&root, &manifest, &manifest.select(&modules)?)
        }
        Command::Reset { module, yes } => {
            commands::reset::run(&root, manifest.module(&module)?, yes)
        }
        Command::Restore { module, backup } => {
            commands::reset::restore(&root, manifest.module(&module)?, &backup)
        }
        Command::Dev(Dev::New { name, title }) => {
            commands::dev::new::run(&root, &manifest, &name, title.as_deref())
                .map(|()| ExitCode::SUCCESS)
        }
        Command::Dev(Dev::Sync { modules }) => {
            commands::dev::sync::run(&root, &manifest.select(&modules)?).map(|()| ExitCode::SUCCESS)
        }
        Command::Dev(Dev::Mutants { modules, in_place }) => {
            commands::dev::mutants::run(&root, &manifest, &manifest.select(&modules)?, in_place)
        }
        Command::Dev(Dev::Modules { only_unsafe, twins }) => {
            use commands::dev::modules::Which;
            let which = match (only_unsafe, twins) {
                (true, _) => Which::Unsafe,
                (_, true) => Which::Twins,
                _ => Which::All,
            };
            commands::dev::modules::run(&root, &manifest, which);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The repository this binary was built from (it is run from there, through cargo), or the
/// one `WORKSHOP_ROOT` names (CI runs a built binary on a scratch copy that way).
fn repository_root() -> Result<PathBuf> {
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
    root.join(manifest::MANIFEST_PATH)
        .is_file()
        .then_some(root.clone())
        .with_context(|| {
            format!(
                "cannot find the workshop repository at {}: run it as `cargo workshop …` inside \
                 the repository",
                root.display()
            )
        })
}
