//! divan's printed tree of results, read back: each benchmark's group, name, median and the
//! allocations divan's `AllocProfiler` counted at the median sample. divan (0.1) prints no
//! machine-readable format, so this reads the table it prints: a header line with the column
//! names, one line per group or benchmark drawn as a tree, and under a benchmark the lines of
//! its throughput and allocation counters.

use anyhow::{Context, Result, bail};

/// One benchmark: where it sits, its median time and what it allocated.
#[derive(Debug, Clone, PartialEq)]
pub struct Bench {
    /// The groups above it, joined by `/` (empty when it sits at the top).
    pub group: String,
    /// Its name, generic arguments shortened to their last path segment.
    pub name: String,
    /// The median as divan printed it (`1.793 ms`), and in nanoseconds.
    pub median: String,
    pub median_ns: f64,
    pub samples: u64,
    /// Calls that allocated or grew a block at the median sample (`alloc` + `grow`).
    pub allocations: u64,
    /// The most bytes live at once (divan's `max alloc`).
    pub peak_bytes: f64,
}

/// The benchmarks in `text`, divan's output (lines before its header are skipped).
pub fn parse(text: &str) -> Result<Vec<Bench>> {
    let mut lines = text.lines().enumerate();
    let (root, fastest) = loop {
        let Some((_, line)) = lines.next() else {
            bail!("no divan table: no line with the columns `fastest │ slowest │ median`");
        };
        if line.contains("median") && line.contains('│') {
            let at = line
                .find("fastest")
                .context("divan's header has no `fastest`")?;
            break (line[..at].trim().to_string(), line[..at].chars().count());
        }
    };
    let mut path: Vec<String> = vec![root];
    let mut benches: Vec<Bench> = Vec::new();
    let mut counter: Option<(String, usize)> = None;
    for (number, line) in lines {
        let chars: Vec<char> = line.chars().collect();
        if chars.len() <= fastest {
            continue;
        }
        let head: String = chars[..fastest].iter().collect();
        let rest: String = chars[fastest..].iter().collect();
        let cells: Vec<&str> = rest.split('│').map(str::trim).collect();
        let at = |what: &str| format!("line {}: {what}", number + 1);
        let named = head.trim_start_matches(['│', '├', '╰', '─', ' ']);
        let name = named.trim_end();
        if !name.is_empty() {
            // Each level of the tree indents by three characters.
            let depth = (head.chars().count() - named.chars().count()) / 3;
            if depth > path.len() {
                bail!(at("a name indented deeper than any group above it"));
            }
            path.truncate(depth);
            path.push(shorten(name));
            counter = None;
            let median = cells.get(2).copied().unwrap_or("");
            if median.is_empty() {
                continue; // a group
            }
            let samples = cells.get(4).and_then(|s| s.parse().ok());
            benches.push(Bench {
                group: path[1..depth.max(1)].join("/"),
                name: shorten(name),
                median: median.to_string(),
                median_ns: nanoseconds(median).with_context(|| at("a median that is no time"))?,
                samples: samples.with_context(|| at("no sample count"))?,
                allocations: 0,
                peak_bytes: 0.0,
            });
            continue;
        }
        let Some(bench) = benches.last_mut() else {
            continue;
        };
        let first = cells.first().copied().unwrap_or("");
        if let Some(label) = first.strip_suffix(':') {
            counter = Some((label.to_string(), 0));
            continue;
        }
        let Some((label, row)) = counter.as_mut() else {
            continue; // throughput, under the times
        };
        let median = cells.get(2).copied().unwrap_or("");
        if label == "max alloc" && *row == 1 {
            bench.peak_bytes = bytes(median).with_context(|| at("no size"))?;
        }
        if (label == "alloc" || label == "grow") && *row == 0 {
            bench.allocations += median.parse::<u64>().map_err(|_| {
                anyhow::anyhow!(at(&format!("`{median}` is not a count of {label}s")))
            })?;
        }
        *row += 1;
    }
    if benches.is_empty() {
        bail!("divan's table lists no benchmark");
    }
    Ok(benches)
}

/// Whether divan wrote sizes in decimal units (`4 MB`, its default) rather than
/// binary ones (`3.8 MiB`, with `--bytes-format binary`).
pub fn uses_decimal_sizes(text: &str) -> bool {
    [" KB", " MB", " GB"].iter().any(|unit| text.contains(unit))
}

/// `Pool<pool::workload::Particle>` as `Pool<Particle>`: each path in the generic arguments
/// shortened to its last segment.
fn shorten(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(word.rsplit("::").next().unwrap_or(&word));
    out
}

/// `1.793 ms` in nanoseconds.
fn nanoseconds(time: &str) -> Option<f64> {
    let (value, unit) = time.split_once(' ')?;
    let scale = match unit {
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(value.parse::<f64>().ok()? * scale)
}

/// `4.008 MB` or `3.8 MiB` in bytes.
fn bytes(size: &str) -> Option<f64> {
    let (value, unit) = size.split_once(' ')?;
    let scale = match unit {
        "B" => 1.0,
        "KB" => 1e3,
        "MB" => 1e6,
        "GB" => 1e9,
        "KiB" => 1024.0,
        "MiB" => 1024.0 * 1024.0,
        "GiB" => 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    Some(value.parse::<f64>().ok()? * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// divan's layout, cut down: two groups, one benchmark with its throughput and
    /// allocation counters, one without any; the names padded to one column, as divan does.
    fn two_groups() -> String {
        let times = |median: &str, samples: u32| {
            format!("1 ms │ 2 ms │ {median} │ 1 ms │ {samples} │ {samples}")
        };
        let counter = |value: &str| format!("  {value} │ {value} │ {value} │ {value} │ │");
        let rows = [
            ("Machine: a test", String::new()),
            (
                "fixture",
                "fastest │ slowest │ median │ mean │ samples │ iters".into(),
            ),
            ("├─ tree", "│ │ │ │ │".into()),
            ("│  ├─ boxed", times("17.92 ms", 100)),
            (
                "│  │",
                "1 Mitem/s │ 1 Mitem/s │ 1 Mitem/s │ 1 Mitem/s │ │".into(),
            ),
            ("│  │", "max alloc: │ │ │ │ │".into()),
            ("│  │", counter("1")),
            ("│  │", counter("16 B")),
            ("│  │", "alloc: │ │ │ │ │".into()),
            ("│  │", counter("252500")),
            ("│  │", counter("8.08 MB")),
            ("│  │", "grow: │ │ │ │ │".into()),
            ("│  │", counter("3")),
            ("│  │", counter("1 KiB")),
            ("│  │", "dealloc: │ │ │ │ │".into()),
            ("│  │", counter("252500")),
            ("│  │", counter("8.08 MB")),
            ("│  ╰─ Arena<a::b::Node>", times("1.274 ms", 50)),
            ("╰─ values", "│ │ │ │ │".into()),
            ("   ╰─ bumpalo", times("16.16 µs", 100)),
        ];
        rows.iter()
            .map(|(head, rest)| format!("{head:<26}{rest}\n"))
            .collect()
    }

    #[test]
    fn reads_groups_medians_and_allocations() {
        let benches = parse(&two_groups()).unwrap();
        let names: Vec<(&str, &str)> = benches
            .iter()
            .map(|b| (b.group.as_str(), b.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("tree", "boxed"),
                ("tree", "Arena<Node>"),
                ("values", "bumpalo")
            ]
        );
        let boxed = &benches[0];
        assert_eq!((boxed.median.as_str(), boxed.samples), ("17.92 ms", 100));
        assert!((boxed.median_ns - 17.92e6).abs() < 1.0);
        assert_eq!(boxed.allocations, 252_503, "alloc and grow, not dealloc");
        assert!((boxed.peak_bytes - 16.0).abs() < 1e-9);
        assert_eq!((benches[1].allocations, benches[1].samples), (0, 50));
        assert_eq!(benches[1].peak_bytes, 0.0);
        assert!((benches[2].median_ns - 16_160.0).abs() < 1e-6);
    }

    #[test]
    fn a_benchmark_at_the_top_has_no_group() {
        let text = "\
root        fastest │ slowest │ median  │ mean │ samples │ iters
├─ boxes    9.2 ms  │ 11 ms   │ 9.6 ms  │ 9 ms │ 100     │ 100
╰─ pool     853 ns  │ 1 µs    │ 859 ns  │ 1 µs │ 100     │ 100
";
        let benches = parse(text).unwrap();
        assert_eq!(benches[0].group, "");
        assert!((benches[1].median_ns - 859.0).abs() < 1e-6);
        assert!((benches[0].median_ns - 9.6e6).abs() < 1e-3);
    }

    #[test]
    fn what_is_not_divan_output_is_an_error_not_a_panic() {
        for text in [
            "",
            "no table here",
            "x      fastest │ slowest │ median │ mean │ samples │ iters\n",
            "x         fastest │ slowest │ median │ mean │ samples │ iters\n│  │  ╰─ a  1 ms │ 1 ms │ 1 ms │ 1 │ 1 │ 1\n",
            "x      fastest │ slowest │ median │ mean │ samples │ iters\n╰─ a   1 ms │ 1 ms │ soon │ 1 │ 1 │ 1\n",
            "x      fastest │ slowest │ median │ mean │ samples │ iters\n╰─ a   1 ms │ 1 ms │ 1 ms │ 1 │ many │ 1\n",
            "x      fastest │ slowest │ median │ mean │ samples │ iters\n╰─ a   1 ms │ 1 ms │ 1 ms │ 1 │ 1 │ 1\n       alloc: │ │ │ │ │\n         1 │ 1 │ some │ 1 │ │\n",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn units_of_time_and_size() {
        assert_eq!(nanoseconds("2 s"), Some(2e9));
        assert_eq!(nanoseconds("3 us"), Some(3e3));
        assert_eq!(nanoseconds("3 fortnights"), None);
        assert_eq!(bytes("2 GB"), Some(2e9));
        assert_eq!(bytes("2 KB"), Some(2e3));
        assert_eq!(bytes("1 MiB"), Some(1_048_576.0));
        assert_eq!(bytes("1 GiB"), Some(1_073_741_824.0));
        assert_eq!(bytes("1 parsec"), None);
        assert_eq!(
            shorten("SlotMap<slotmap::DefaultKey, a::B>"),
            "SlotMap<DefaultKey, B>"
        );
    }
}
