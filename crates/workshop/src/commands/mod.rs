//! One file per `workshop` subcommand: each declares its own arguments (`Args`) and runs them
//! (`Args::run`, every command's one signature).

pub mod check;
pub mod compare;
pub mod demo;
pub mod dev;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod profile;
pub mod reset;
pub mod verify;
pub mod watch;

use crate::repository::Repository;
use anyhow::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The modules in teaching order, with your status in each.
    List(list::Args),
    /// Run the demos (all of them, or the ones named), each under a heading.
    Demo(demo::Args),
    /// Test your exercise: what passes, what fails, and a hint.
    Check(check::Args),
    /// Check an exercise again each time you save a file in it (h: a hint, q: quit).
    Watch(watch::Args),
    /// The next hint for an exercise.
    Hint(hint::Args),
    /// Run a module's Rust demo and its .NET twin on the same work, and show both side by side:
    /// memory sampled from outside, iteration times, CPU time, collections, and a chart.
    Compare(compare::Args),
    /// Run a module's demo under a heap profiler (dhat, heaptrack or massif): its peak, its
    /// allocations and their sites, beside the workshop's own counting of the same run.
    Profile(profile::Args),
    /// Is this machine ready for the workshop? What is missing, and what to do about it.
    Doctor(doctor::Args),
    /// Maintainers: every stub fails its suite, every solution passes it, clean and complete.
    Verify(verify::Args),
    /// Restore an exercise to its shipped version, after saving your files to a backup.
    Reset(reset::Args),
    /// Put back the files that `reset` (or an earlier `restore`) saved to a backup.
    Restore(reset::RestoreArgs),
    /// Maintainers: add a module, keep generated files in sync, list modules for scripts.
    #[command(subcommand)]
    Dev(dev::Command),
}

impl Command {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        match self {
            Command::List(args) => args.run(repo),
            Command::Demo(args) => args.run(repo),
            Command::Check(args) => args.run(repo),
            Command::Watch(args) => args.run(repo),
            Command::Hint(args) => args.run(repo),
            Command::Compare(args) => args.run(repo),
            Command::Profile(args) => args.run(repo),
            Command::Doctor(args) => args.run(repo),
            Command::Verify(args) => args.run(repo),
            Command::Reset(args) => args.run(repo),
            Command::Restore(args) => args.run(repo),
            Command::Dev(command) => command.run(repo),
        }
    }
}
