//! `workshop compare [MODULE] [--seconds N] [-- ARGS]`: a module's Rust demo and its .NET twin
//! run one after the other on the same work (same seed, same options), each watched from
//! outside (resident memory 20 times a second, CPU time), each reporting its iteration times,
//! allocations and collections. Printed side by side, with a chart of resident memory over time
//! for both runtimes written to an SVG.

use crate::commands::demo;
use crate::comparison::chart::{self, Line};
use crate::comparison::dotnet::{self, Choice};
use crate::comparison::run_report::RunReport;
use crate::comparison::sampler::{self, Sampled};
use crate::manifest::{Manifest, Module};
use crate::repository::Repository;
use crate::text::wrap;
use anyhow::{Context, Result, bail};
use measure::{Table, format};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module [default: the first with a .NET twin].
    module: Option<String>,
    /// How long each side runs.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
    seconds: u64,
    /// The .NET runtime to use [default: the first found of sdk, mono, coreclr].
    #[arg(long, value_enum)]
    runtime: Option<Choice>,
    /// A `dotnet` host to use instead of the one on PATH.
    #[arg(long)]
    dotnet: Option<PathBuf>,
    /// More arguments for both sides, after `--`: `compare -- --way boxes`.
    #[arg(last = true)]
    args: Vec<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let module = self.module.map(|m| repo.manifest.module(&m)).transpose()?;
        let options = Options {
            seconds: self.seconds,
            runtime: self.runtime,
            dotnet: self.dotnet,
            extra: self.args,
        };
        run(&repo.root, &repo.manifest, module, &options)
    }
}

/// What to compare, and how.
#[derive(Debug)]
pub struct Options {
    pub seconds: u64,
    pub runtime: Option<Choice>,
    /// A `dotnet` host to use instead of the one on PATH.
    pub dotnet: Option<PathBuf>,
    /// More arguments for both sides (`--threads 2`, `--retain-spikes`).
    pub extra: Vec<String>,
}

/// One side of the comparison.
#[derive(Debug)]
struct Side {
    name: String,
    sampled: Sampled,
    report: RunReport,
}

pub fn run(
    root: &Path,
    manifest: &Manifest,
    module: Option<&Module>,
    options: &Options,
) -> Result<ExitCode> {
    let module = match module {
        Some(module) => module,
        None => manifest
            .modules
            .iter()
            .find(|m| root.join(m.twin()).is_dir())
            .context("no module has a .NET twin in dotnet-comparison/ yet")?,
    };
    let twin = module.twin();
    if !root.join(&twin).is_dir() {
        bail!(
            "{} has no .NET twin yet ({} does not exist)",
            module.name,
            twin.display()
        );
    }
    let runtime = dotnet::find(options.runtime, options.dotnet.as_deref())?;
    let rust = demo::build(root, &[module])?.remove(0);
    let twin_command = runtime.prepare(root, &twin)?;

    let mut args = vec!["--seconds".to_string(), options.seconds.to_string()];
    args.extend(options.extra.iter().cloned());
    args.push("--report".into());
    let limit = Duration::from_secs(options.seconds + 60);
    println!(
        "{}\n",
        wrap(
            &format!(
                "Comparing {} for {} s each, one after the other, with the same arguments: {}",
                module.name,
                options.seconds,
                args.join(" ")
            ),
            ""
        )
    );
    let mut rust_command = Command::new(&rust);
    rust_command.args(&args).current_dir(root);
    let rust = side(rust_command, "the Rust demo", limit)?;
    let mut twin_command = twin_command;
    twin_command.args(&args).current_dir(root);
    let dotnet = side(twin_command, "the .NET twin", limit)?;

    println!("\n{}", table(&rust, &dotnet));
    for line in verdicts(&rust, &dotnet) {
        println!("{}", wrap(&line, ""));
    }
    let svg = root
        .join("target")
        .join("compare")
        .join(format!("{}.svg", module.name));
    std::fs::create_dir_all(svg.parent().expect("a file is in a folder"))?;
    let title = format!("Resident memory: {}, {} s", module.name, options.seconds);
    chart::write(
        &svg,
        &title,
        &[
            Line {
                name: &rust.name,
                points: &rust.sampled.rss,
            },
            Line {
                name: &dotnet.name,
                points: &dotnet.sampled.rss,
            },
        ],
    )?;
    let shown = svg.strip_prefix(root).unwrap_or(&svg);
    println!("\nChart of resident memory over time: {}", shown.display());
    Ok(ExitCode::SUCCESS)
}

fn side(command: Command, label: &str, limit: Duration) -> Result<Side> {
    let sampled = sampler::run(command, label, limit)?;
    let report = RunReport::parse(&sampled.output);
    let runtime = report.runtime.clone().unwrap_or_else(|| label.to_string());
    // "Mono 6.8.0.105 (Debian …)" is "Mono 6.8.0.105" in a column.
    let name = runtime.split(" (").next().unwrap_or(&runtime).to_string();
    Ok(Side {
        name,
        sampled,
        report,
    })
}

fn table(rust: &Side, dotnet: &Side) -> Table {
    let bytes = |b: Option<u64>| b.map_or("n/a".to_string(), format::bytes);
    let micros = |us: Option<u64>| {
        us.map_or("n/a".to_string(), |us| {
            format::duration(Duration::from_micros(us))
        })
    };
    let mut table = Table::new(["", rust.name.as_str(), dotnet.name.as_str()]);
    for side_rows in [
        (
            "peak RSS",
            bytes(rust.sampled.peak_rss()),
            bytes(dotnet.sampled.peak_rss()),
        ),
        (
            "mean RSS",
            bytes(rust.sampled.mean_rss()),
            bytes(dotnet.sampled.mean_rss()),
        ),
        (
            "iterations",
            count(rust.report.iterations),
            count(dotnet.report.iterations),
        ),
        (
            "iteration p50",
            micros(rust.report.percentile_us(50)),
            micros(dotnet.report.percentile_us(50)),
        ),
        (
            "iteration p99",
            micros(rust.report.percentile_us(99)),
            micros(dotnet.report.percentile_us(99)),
        ),
        (
            "iteration max",
            micros(rust.report.percentile_us(100)),
            micros(dotnet.report.percentile_us(100)),
        ),
        (
            "CPU time",
            format::duration(rust.sampled.cpu),
            format::duration(dotnet.sampled.cpu),
        ),
        (
            "bytes allocated",
            bytes(rust.report.allocated),
            bytes(dotnet.report.allocated),
        ),
        (
            "collections 0/1/2",
            collections(rust.report.collections),
            collections(dotnet.report.collections),
        ),
    ] {
        table.row([side_rows.0.to_string(), side_rows.1, side_rows.2]);
    }
    table
}

fn count(n: Option<u64>) -> String {
    n.map_or("n/a".to_string(), format::count)
}

fn collections(counts: Option<[u64; 3]>) -> String {
    counts.map_or("none".to_string(), |[g0, g1, g2]| {
        format!("{g0} / {g1} / {g2}")
    })
}

/// A line per figure where the two differ by more than 10 %, and a line for those where .NET
/// does as well as Rust.
fn verdicts(rust: &Side, dotnet: &Side) -> Vec<String> {
    let figures = [
        (
            "peak RSS",
            rust.sampled.peak_rss(),
            dotnet.sampled.peak_rss(),
            "less memory",
        ),
        (
            "mean RSS",
            rust.sampled.mean_rss(),
            dotnet.sampled.mean_rss(),
            "less memory",
        ),
        (
            "iteration p50",
            rust.report.percentile_us(50),
            dotnet.report.percentile_us(50),
            "faster",
        ),
        (
            "iteration p99",
            rust.report.percentile_us(99),
            dotnet.report.percentile_us(99),
            "faster",
        ),
    ];
    let mut lines = Vec::new();
    let mut as_well = Vec::new();
    for (figure, rust_value, dotnet_value, better) in figures {
        let (Some(r), Some(d)) = (rust_value, dotnet_value) else {
            continue;
        };
        // Within 10 % either way is a draw; otherwise the better side, by how much.
        if d as f64 > r as f64 * 1.1 {
            lines.push(format!("{figure}: Rust {} {better}.", format::ratio(d, r)));
        } else if r as f64 > d as f64 * 1.1 {
            let name = &dotnet.name;
            lines.push(format!(
                "{figure}: {name} {} {better}.",
                format::ratio(r, d)
            ));
        } else {
            as_well.push(figure);
        }
    }
    if !as_well.is_empty() {
        lines.push(format!(
            "Within 10 % of each other on: {}.",
            as_well.join(", ")
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(name: &str, rss: &[u64], durations: &str) -> Side {
        Side {
            name: name.into(),
            sampled: Sampled {
                rss: rss
                    .iter()
                    .enumerate()
                    .map(|(i, &b)| (i as f64, b))
                    .collect(),
                ..Sampled::default()
            },
            report: RunReport::parse(&format!("@durations_us {durations}\n@iterations 3")),
        }
    }

    #[test]
    fn the_table_fits_80_columns_and_says_what_a_runtime_cannot_tell() {
        let rust = side("Rust", &[10 << 20, 20 << 20], "100,200,300");
        let dotnet = side(".NET Core 3.1.23", &[50 << 20, 90 << 20], "150,250,5000");
        let shown = table(&rust, &dotnet).to_string();
        assert!(measure::demo::too_wide(&shown).is_empty(), "{shown}");
        assert!(
            shown.contains("peak RSS") && shown.contains("90.0 MiB"),
            "{shown}"
        );
        assert!(
            shown.contains("none"),
            "no collections on the Rust side: {shown}"
        );
        assert!(
            shown.contains("n/a"),
            "no allocation count reported: {shown}"
        );
    }

    #[test]
    fn verdicts_name_the_better_side_by_its_ratio_and_the_draws() {
        let rust = side("Rust", &[10 << 20, 10 << 20], "100,200,300");
        let dotnet = side(".NET", &[40 << 20, 40 << 20], "100,200,300");
        let lines = verdicts(&rust, &dotnet).join("\n");
        assert!(
            lines.contains("peak RSS: Rust 4.0× less memory."),
            "{lines}"
        );
        assert!(
            lines.contains("Within 10 % of each other on: iteration p50, iteration p99."),
            "{lines}"
        );
        let faster = side(".NET", &[40 << 20, 40 << 20], "20,40,60");
        let lines = verdicts(&rust, &faster).join("\n");
        assert!(
            lines.contains("iteration p50: .NET 5.0× faster."),
            "{lines}"
        );
        assert!(!lines.contains("Within"), "{lines}");
    }
}
