//! `workshop compare [MODULE] [--seconds N] [--runs N] [-- ARGS]`: a module's Rust demo and
//! its .NET twin on the same work (same seed, same options), run in turns (Rust, .NET, Rust,
//! .NET, …), each watched from outside (resident memory 20 times a second, CPU time), each
//! reporting its iteration times, allocations and collections. Printed side by side, each
//! figure as the median of the runs with its range; a verdict only where the two ranges do not
//! overlap. A chart of resident memory over time for both runtimes is written to an SVG.

use crate::commands::demo;
use crate::comparison::chart::{self, Line};
use crate::comparison::dotnet::{self, Choice};
use crate::comparison::run_report::RunReport;
use crate::comparison::sampler::{self, Sampled};
use crate::comparison::shape;
use crate::manifest::{Manifest, Module};
use crate::repository::Repository;
use crate::text::{wrap, wrap_hanging};
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
    /// How many times each side runs, in turns: the table shows medians and ranges.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=10))]
    runs: u64,
    /// Where to write the chart [default: target/compare/MODULE.svg].
    #[arg(long, value_name = "SVG")]
    chart: Option<PathBuf>,
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
            runs: self.runs as usize,
            runtime: self.runtime,
            dotnet: self.dotnet,
            chart: self.chart.map(std::path::absolute).transpose()?,
            extra: self.args,
        };
        run(&repo.root, &repo.manifest, module, &options)
    }
}

/// What to compare, and how.
#[derive(Debug)]
pub struct Options {
    pub seconds: u64,
    /// Runs of each side, in turns.
    pub runs: usize,
    pub runtime: Option<Choice>,
    /// A `dotnet` host to use instead of the one on PATH.
    pub dotnet: Option<PathBuf>,
    /// Where to write the chart, instead of `target/compare/<module>.svg`.
    pub chart: Option<PathBuf>,
    /// More arguments for both sides (`--threads 2`, `--retain-spikes`).
    pub extra: Vec<String>,
}

/// One side of the comparison: its runs.
#[derive(Debug)]
struct Side {
    name: String,
    runs: Vec<Run>,
}

/// One run of one side.
#[derive(Debug)]
struct Run {
    sampled: Sampled,
    report: RunReport,
}

/// A figure over the runs of one side: the median, and the lowest and highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spread {
    median: u64,
    least: u64,
    most: u64,
}

impl Spread {
    /// `None` when a run cannot tell the figure.
    fn of(values: impl Iterator<Item = Option<u64>>) -> Option<Self> {
        let mut values: Vec<u64> = values.collect::<Option<_>>()?;
        values.sort_unstable();
        Some(Self {
            median: *values.get(values.len().checked_sub(1)? / 2)?,
            least: values[0],
            most: values[values.len() - 1],
        })
    }

    /// Every run of `self` below every run of `other`.
    fn below(&self, other: &Self) -> bool {
        self.most < other.least
    }
}

impl Side {
    fn spread(&self, figure: impl Fn(&Run) -> Option<u64>) -> Option<Spread> {
        Spread::of(self.runs.iter().map(figure))
    }
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
    let sdk = runtime == dotnet::Runtime::Sdk;
    let measured = runtime_line(&runtime.describe(), runtime.released(), sdk, &module.name);
    println!("{}\n", wrap(&measured, ""));
    println!(
        "{}\n",
        wrap(
            &format!(
                "Comparing {} for {} s each, {} in turns, with the same arguments: {}",
                module.name,
                options.seconds,
                runs_in_words(options.runs),
                args.join(" ")
            ),
            ""
        )
    );
    let (mut rust_runs, mut dotnet_runs) = (Vec::new(), Vec::new());
    for run in 1..=options.runs {
        let of = format!("run {run} of {}", options.runs);
        let mut rust_command = Command::new(&rust);
        rust_command.args(&args).current_dir(root);
        rust_runs.push(one_run(
            rust_command,
            &format!("the Rust demo, {of}"),
            limit,
        )?);
        let mut command = Command::new(twin_command.get_program());
        command.args(twin_command.get_args()).args(&args);
        same_folder_and_environment(&mut command, &twin_command);
        command.current_dir(root);
        dotnet_runs.push(one_run(command, &format!("the .NET twin, {of}"), limit)?);
    }
    let rust = side(rust_runs, "Rust");
    let dotnet = side(dotnet_runs, ".NET");

    println!("\n{}", table(&rust, &dotnet));
    println!("{}\n", wrap(ROWS, ""));
    for side in [&rust, &dotnet] {
        let config = side.runs[0].report.config.as_deref();
        let config = config.unwrap_or("its configuration was not reported");
        println!(
            "{}",
            wrap_hanging(&format!("{}: {config}.", side.name), "", "  ")
        );
    }
    println!();
    let first_runs = [
        (rust.name.as_str(), rust.runs[0].sampled.rss.as_slice()),
        (dotnet.name.as_str(), dotnet.runs[0].sampled.rss.as_slice()),
    ];
    for line in shape::lines(&first_runs) {
        println!("{line}");
    }
    println!();
    for line in verdicts(&rust, &dotnet) {
        println!("{}", wrap(&line, ""));
    }
    let svg = options.chart.clone().unwrap_or_else(|| {
        let folder = root.join("target").join("compare");
        folder.join(format!("{}.svg", module.name))
    });
    std::fs::create_dir_all(svg.parent().expect("a file is in a folder"))?;
    let variant = if options.extra.is_empty() {
        String::new()
    } else {
        format!(" ({})", options.extra.join(" "))
    };
    let title = format!(
        "Resident memory: {}{variant}, {} vs {}, {} s, run 1",
        module.name, rust.name, dotnet.name, options.seconds
    );
    chart::write(
        &svg,
        &title,
        &[
            Line {
                name: &rust.name,
                points: &rust.runs[0].sampled.rss,
            },
            Line {
                name: &dotnet.name,
                points: &dotnet.runs[0].sampled.rss,
            },
        ],
    )?;
    let shown = svg.strip_prefix(root).unwrap_or(&svg);
    println!(
        "\nChart of resident memory over time:\n  {}",
        shown.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `WORKSHOP_COMPARE_WRAPPER`, for maintainers cross-checking the peak: a command (split at
/// spaces) each side runs under, such as `/usr/bin/time -v -a -o target/compare/time.txt`.
/// The wrapper is the process watched, so only the peak row means anything then (the system's
/// record covers the wrapper and the program it waited for).
const WRAPPER: &str = "WORKSHOP_COMPARE_WRAPPER";

/// Which .NET the comparison measures, when it came out, and, for any runtime but an SDK's,
/// the command that measures a current one.
fn runtime_line(runtime: &str, released: Option<u16>, sdk: bool, module: &str) -> String {
    let year = released.map_or(String::new(), |year| format!(", released in {year}"));
    let mut line = format!("The .NET side runs on {runtime}{year}.");
    if !sdk {
        line.push_str(&format!(
            " A current .NET may differ: with its SDK installed, `cargo workshop compare \
             {module} --runtime sdk` measures it."
        ));
    }
    line
}

fn one_run(command: Command, label: &str, limit: Duration) -> Result<Run> {
    let command = match std::env::var(WRAPPER) {
        Ok(wrapper) if !wrapper.trim().is_empty() => wrapped(&wrapper, &command),
        _ => command,
    };
    let sampled = sampler::run(command, label, limit)?;
    let report = RunReport::parse(&sampled.output);
    Ok(Run { sampled, report })
}

/// `command` run by `wrapper` (`time -v`, then the program and its arguments), in the same
/// folder and environment.
fn wrapped(wrapper: &str, command: &Command) -> Command {
    let mut words = wrapper.split_whitespace();
    let mut outer = Command::new(words.next().unwrap_or_default());
    outer
        .args(words)
        .arg(command.get_program())
        .args(command.get_args());
    same_folder_and_environment(&mut outer, command);
    outer
}

/// Gives `command` the folder and the environment changes of `from`.
fn same_folder_and_environment(command: &mut Command, from: &Command) {
    if let Some(folder) = from.get_current_dir() {
        command.current_dir(folder);
    }
    for (key, value) in from.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
}

/// A side named by the runtime its first run reported ("Mono 6.8.0.105 (Debian …)" is "Mono
/// 6.8.0.105" in a column), or by `fallback`.
fn side(runs: Vec<Run>, fallback: &str) -> Side {
    let runtime = runs.first().and_then(|run| run.report.runtime.clone());
    let runtime = runtime.unwrap_or_else(|| fallback.to_string());
    let name = runtime.split(" (").next().unwrap_or(&runtime).to_string();
    Side { name, runs }
}

fn runs_in_words(runs: usize) -> String {
    if runs == 1 {
        "one run each".to_string()
    } else {
        format!("{runs} runs each")
    }
}

/// How a figure is shown.
type Shown = fn(u64) -> String;

/// How a figure is read from a run (`None`: the runtime cannot tell).
type Read = fn(&Run) -> Option<u64>;

/// The figures of the table and of the verdicts: name, how to read it from a run, how to show it.
fn figures() -> [(&'static str, Read, Shown); 10] {
    let micros: Shown = |us| format::duration(Duration::from_micros(us));
    [
        (
            "RSS at work start",
            |r| r.sampled.start_rss(),
            format::bytes,
        ),
        ("peak RSS", |r| r.sampled.peak_rss, format::bytes),
        (
            "peak above start",
            |r| r.sampled.peak_above_start(),
            format::bytes,
        ),
        ("mean RSS in work", |r| r.sampled.mean_rss(), format::bytes),
        ("iterations", |r| r.report.iterations, format::count),
        ("iteration p50", |r| r.report.percentile_us(50), micros),
        ("iteration p99", |r| r.report.percentile_us(99), micros),
        ("iteration max", |r| r.report.percentile_us(100), micros),
        (
            "CPU time",
            |r| u64::try_from(r.sampled.cpu.as_micros()).ok(),
            micros,
        ),
        ("bytes allocated", |r| r.report.allocated, format::bytes),
    ]
}

/// What the memory rows mean, under the table.
const ROWS: &str = "RSS at work start: resident memory once the runtime has started and the \
                    input is built, read as the measured work begins. Peak RSS: the whole \
                    process's highest, as the operating system recorded it. Peak above start: \
                    what the work itself added. Mean RSS in work: the samples (20 a second) \
                    after the start. Bytes allocated and collections: the measured work only.";

/// Each figure's median, and under it, with more than one run, its range.
fn table(rust: &Side, dotnet: &Side) -> Table {
    let mut table = Table::new(["", rust.name.as_str(), dotnet.name.as_str()]);
    let several = rust.runs.len() > 1 || dotnet.runs.len() > 1;
    for (figure, read, show) in figures() {
        let spreads = [rust.spread(read), dotnet.spread(read)];
        let [median_r, median_d] = spreads.map(|s| s.map_or("n/a".into(), |s| show(s.median)));
        table.row([figure.to_string(), median_r, median_d]);
        if several {
            let [range_r, range_d] = spreads.map(|s| {
                s.map_or(String::new(), |s| {
                    format!("{}–{}", show(s.least), show(s.most))
                })
            });
            table.row(["  lowest–highest".to_string(), range_r, range_d]);
        }
    }
    let collections = |side: &Side| {
        let generation = |g: usize| side.spread(|r| r.report.collections.map(|c| c[g]));
        match [0, 1, 2].map(generation) {
            [Some(g0), Some(g1), Some(g2)] => {
                format!("{} / {} / {}", g0.median, g1.median, g2.median)
            }
            _ => "none".to_string(),
        }
    };
    table.row([
        "collections 0/1/2".to_string(),
        collections(rust),
        collections(dotnet),
    ]);
    table
}

/// A verdict for each figure whose ranges do not overlap (every run of one side better than
/// every run of the other), by the ratio of the medians; the others are named as within the
/// run-to-run noise. With one run each there is no range: a difference within 10 % is a draw,
/// and the lines say the noise is unknown.
fn verdicts(rust: &Side, dotnet: &Side) -> Vec<String> {
    let compared = [
        ("peak RSS", "less memory"),
        ("peak above start", "less memory"),
        ("mean RSS in work", "less memory"),
        ("iteration p50", "faster"),
        ("iteration p99", "faster"),
    ];
    let runs = rust.runs.len().min(dotnet.runs.len());
    let mut lines = Vec::new();
    let mut noise = Vec::new();
    for (figure, read, show) in figures() {
        let Some((_, better)) = compared.iter().find(|(name, _)| *name == figure) else {
            continue;
        };
        let (Some(r), Some(d)) = (rust.spread(read), dotnet.spread(read)) else {
            continue;
        };
        let apart = |a: &Spread, b: &Spread| {
            if runs > 1 {
                a.below(b)
            } else {
                b.median as f64 > a.median as f64 * 1.1
            }
        };
        let of = if runs > 1 {
            format!("; medians of {runs} runs, the ranges do not overlap")
        } else {
            String::new()
        };
        // "Rust 3.1× less memory (13.9 MiB against 43.1 MiB)", or without the ratio where
        // the better side is at zero.
        let verdict = |name: &str, low: &Spread, high: &Spread| {
            let ratio = if low.median == 0 {
                String::new()
            } else {
                format!("{} ", format::ratio(high.median, low.median))
            };
            let (low, high) = (show(low.median), show(high.median));
            format!("{figure}: {name} {ratio}{better} ({low} against {high}{of}).")
        };
        if apart(&r, &d) {
            lines.push(verdict(&rust.name, &r, &d));
        } else if apart(&d, &r) {
            lines.push(verdict(&dotnet.name, &d, &r));
        } else {
            noise.push(figure);
        }
    }
    if !noise.is_empty() {
        lines.push(if runs > 1 {
            format!(
                "No verdict on {}: the ranges overlap, so the difference is within the \
                 run-to-run noise on this machine.",
                noise.join(", ")
            )
        } else {
            format!("Within 10 % of each other on: {}.", noise.join(", "))
        });
    }
    if runs == 1 {
        lines.push(
            "One run each: how much these figures vary from run to run is unknown (--runs 3 \
             shows it)."
                .to_string(),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run whose work starts at its first sample and peaks at its highest.
    fn run(rss: &[u64], durations: &str) -> Run {
        Run {
            sampled: Sampled {
                rss: rss
                    .iter()
                    .enumerate()
                    .map(|(i, &b)| (i as f64, b))
                    .collect(),
                work_starts: rss.first().map(|&bytes| (0.0, bytes)),
                peak_rss: rss.iter().max().copied(),
                ..Sampled::default()
            },
            report: RunReport::parse(&format!("@durations_us {durations}\n@iterations 3")),
        }
    }

    fn side(name: &str, runs: Vec<Run>) -> Side {
        Side {
            name: name.into(),
            runs,
        }
    }

    #[test]
    fn the_runtime_and_its_year_come_first_with_the_way_to_measure_a_current_one() {
        let old = runtime_line("Mono 6.8.0.105", Some(2020), false, "pool");
        assert_eq!(
            old,
            "The .NET side runs on Mono 6.8.0.105, released in 2020. A current .NET may \
             differ: with its SDK installed, `cargo workshop compare pool --runtime sdk` \
             measures it."
        );
        let current = runtime_line("the .NET SDK 8.0.100", Some(2023), true, "pool");
        assert_eq!(
            current,
            "The .NET side runs on the .NET SDK 8.0.100, released in 2023."
        );
        let unknown = runtime_line(".NET 2.2.8 without an SDK", None, false, "pool");
        assert!(unknown.starts_with("The .NET side runs on .NET 2.2.8 without an SDK. A"));
    }

    #[test]
    fn a_wrapped_command_keeps_the_folder_and_the_environment() {
        let mut inner = Command::new("demo");
        inner
            .args(["--seconds", "1"])
            .current_dir("/somewhere")
            .env("SET", "1")
            .env_remove("GONE");
        let outer = wrapped("/usr/bin/time -v", &inner);
        assert_eq!(outer.get_program(), "/usr/bin/time");
        let args: Vec<_> = outer.get_args().collect();
        assert_eq!(args, ["-v", "demo", "--seconds", "1"]);
        assert_eq!(outer.get_current_dir(), Some(Path::new("/somewhere")));
        let envs: Vec<_> = outer.get_envs().collect();
        assert!(
            envs.contains(&("SET".as_ref(), Some("1".as_ref()))),
            "{envs:?}"
        );
        assert!(envs.contains(&("GONE".as_ref(), None)), "{envs:?}");
    }

    #[test]
    fn a_spread_is_the_median_and_the_extremes_of_every_run() {
        let spread = Spread::of([Some(3), Some(1), Some(2)].into_iter()).unwrap();
        assert_eq!((spread.median, spread.least, spread.most), (2, 1, 3));
        let even = Spread::of([Some(4), Some(1), Some(3), Some(2)].into_iter()).unwrap();
        assert_eq!(even.median, 2, "the lower middle");
        assert_eq!(Spread::of([Some(1), None].into_iter()), None);
        assert_eq!(Spread::of(std::iter::empty()), None);
        let low = Spread::of([Some(1), Some(2)].into_iter()).unwrap();
        let high = Spread::of([Some(3), Some(4)].into_iter()).unwrap();
        assert!(low.below(&high) && !high.below(&low));
        let touching = Spread::of([Some(2), Some(5)].into_iter()).unwrap();
        assert!(!low.below(&touching), "2 is in both ranges");
    }

    #[test]
    fn the_table_shows_medians_and_ranges_within_80_columns() {
        let rust = side(
            "Rust",
            vec![
                run(&[10 << 20, 20 << 20], "100,200,300"),
                run(&[10 << 20, 24 << 20], "100,200,300"),
                run(&[10 << 20, 22 << 20], "100,200,300"),
            ],
        );
        let dotnet = side(
            ".NET Core 3.1.23",
            vec![
                run(&[50 << 20, 90 << 20], "150,250,5000"),
                run(&[50 << 20, 80 << 20], "150,250,5000"),
                run(&[50 << 20, 99 << 20], "150,250,5000"),
            ],
        );
        let shown = table(&rust, &dotnet).to_string();
        assert!(measure::demo::too_wide(&shown).is_empty(), "{shown}");
        assert!(
            shown.contains("peak RSS") && shown.contains("90.0 MiB"),
            "{shown}"
        );
        assert!(shown.contains("80.0 MiB–99.0 MiB"), "the range: {shown}");
        assert!(
            shown.contains("none"),
            "no collections on the Rust side: {shown}"
        );
        assert!(
            shown.contains("n/a"),
            "no allocation count reported: {shown}"
        );
        let one = table(
            &side("Rust", vec![run(&[1 << 20], "1")]),
            &side(".NET", vec![run(&[2 << 20], "1")]),
        );
        assert!(!one.to_string().contains("lowest–highest"), "{one}");
    }

    #[test]
    fn verdicts_only_where_the_ranges_do_not_overlap() {
        let mib = |n: u64| n << 20;
        let rust = side(
            "Rust",
            vec![
                run(&[mib(4), mib(10)], "100"),
                run(&[mib(4), mib(12)], "120"),
                run(&[mib(4), mib(11)], "90"),
            ],
        );
        let dotnet = side(
            ".NET",
            vec![
                run(&[mib(20), mib(40)], "100"),
                run(&[mib(20), mib(44)], "80"),
                run(&[mib(20), mib(30)], "130"),
            ],
        );
        let lines = verdicts(&rust, &dotnet).join("\n");
        let apart = "medians of 3 runs, the ranges do not overlap";
        for verdict in [
            format!("peak RSS: Rust 3.6× less memory (11.0 MiB against 40.0 MiB; {apart})."),
            format!(
                "peak above start: Rust 2.9× less memory (7.00 MiB against 20.0 MiB; {apart})."
            ),
        ] {
            assert!(lines.contains(&verdict), "{verdict}\n{lines}");
        }
        assert!(
            lines.contains("No verdict on iteration p50, iteration p99: the ranges overlap"),
            "{lines}"
        );
        assert!(!lines.contains("One run each"), "{lines}");
    }

    #[test]
    fn a_side_that_adds_nothing_gets_no_ratio() {
        let rust = side("Rust", vec![run(&[5 << 20], "1"), run(&[5 << 20], "1")]);
        let grows = || run(&[5 << 20, 9 << 20], "1");
        let dotnet = side(".NET", vec![grows(), grows()]);
        let lines = verdicts(&rust, &dotnet).join("\n");
        let expected = "peak above start: Rust less memory (0 B against 4.00 MiB; medians of 2 \
                        runs, the ranges do not overlap).";
        assert!(lines.contains(expected), "{lines}");
    }

    #[test]
    fn with_one_run_each_a_tenth_is_a_draw_and_the_noise_is_unknown() {
        let rust = side("Rust", vec![run(&[10 << 20, 10 << 20], "100,200,300")]);
        let dotnet = side(".NET", vec![run(&[40 << 20, 40 << 20], "100,200,300")]);
        let lines = verdicts(&rust, &dotnet).join("\n");
        assert!(
            lines.contains("peak RSS: Rust 4.0× less memory (10.0 MiB against 40.0 MiB)."),
            "{lines}"
        );
        assert!(
            lines.contains(
                "Within 10 % of each other on: peak above start, iteration p50, iteration p99."
            ),
            "{lines}"
        );
        assert!(lines.contains("One run each"), "{lines}");
        let faster = side(".NET", vec![run(&[40 << 20, 40 << 20], "20,40,60")]);
        let lines = verdicts(&rust, &faster).join("\n");
        assert!(
            lines.contains("iteration p50: .NET 5.0× faster (40.0 µs against 200.0 µs)."),
            "{lines}"
        );
        assert!(
            lines.contains("Within 10 % of each other on: peak above start.\n"),
            "{lines}"
        );
    }
}
