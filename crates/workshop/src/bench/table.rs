//! The summary table of a module's recorded benchmarks, in markdown for its chapter: each
//! benchmark's median, its ratio to the naive baseline of its group (as BenchmarkDotNet's
//! `Ratio` column) and to the group's fastest, and what it allocated, in binary units.

use super::divan_output::Bench;
use anyhow::{Result, bail};
use measure::format;

/// A benchmark with its ratios, as the table and the chart show it.
#[derive(Debug)]
pub struct Row<'a> {
    pub bench: &'a Bench,
    pub is_baseline: bool,
    /// The median over the group's baseline's, and over the group's fastest.
    pub to_baseline: f64,
    pub to_best: f64,
}

/// `benches` with their ratios: in each group, the one named in `baselines` (generic
/// arguments aside) is the baseline; a group without one is an error.
pub fn rows<'a>(benches: &'a [Bench], baselines: &[String]) -> Result<Vec<Row<'a>>> {
    let is_baseline = |b: &Bench| {
        baselines
            .iter()
            .any(|name| b.name == *name || b.name.starts_with(&format!("{name}<")))
    };
    let mut rows = Vec::new();
    for bench in benches {
        let group = benches.iter().filter(|b| b.group == bench.group);
        let Some(baseline) = group.clone().find(|b| is_baseline(b)) else {
            bail!(
                "no naive baseline in the benchmark group `{}`: bench_baselines in the \
                 manifest names none of {}",
                shown_group(&bench.group),
                group
                    .map(|b| b.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        };
        let best = group.map(|b| b.median_ns).fold(f64::INFINITY, f64::min);
        rows.push(Row {
            bench,
            is_baseline: std::ptr::eq(bench, baseline),
            to_baseline: bench.median_ns / baseline.median_ns,
            to_best: bench.median_ns / best,
        });
    }
    Ok(rows)
}

/// The table, and the lines that say what its columns are. `header` is the recorded file's
/// header (machine, date, command); `raw` and `chart` are the paths, from the chapter, of
/// divan's output and of the chart; `decimal` says divan wrote its sizes in
/// decimal units (its default), which the table converts.
pub fn markdown(
    rows: &[Row<'_>],
    header: &Header,
    decimal: bool,
    raw: &str,
    chart: &str,
) -> String {
    let mut out = format!(
        "Recorded on {} ({}) with `{}`; divan's full output: [{raw}]({raw}).\n",
        header.machine, header.date, header.command
    );
    // One table, each group's rows under a row that names the group: a column for
    // the group would not fit the book's page, and tables one per group would not
    // line up.
    let grouped = rows.iter().any(|r| r.bench.group != rows[0].bench.group);
    out += "\n| benchmark | median | × naive | × best | peak | allocations |\n\
            |:--|--:|--:|--:|--:|--:|\n";
    for (i, row) in rows.iter().enumerate() {
        let bench = row.bench;
        if grouped && (i == 0 || rows[i - 1].bench.group != bench.group) {
            out += &format!("| **{}** | | | | | |\n", shown_group(&bench.group));
        }
        let naive = if row.is_baseline { " (naive)" } else { "" };
        out += &format!(
            "| `{}`{naive} | {} | {} | {} | {} | {} |\n",
            bench.name,
            bench.median.replace(' ', "\u{a0}"),
            ratio(row.to_baseline),
            ratio(row.to_best),
            format::bytes(bench.peak_bytes.round() as u64).replace(' ', "\u{a0}"),
            format::count(bench.allocations),
        );
    }
    let converted = match decimal {
        true => "; divan's own output uses decimal ones (1 KB = 1,000 bytes)",
        false => "",
    };
    out += &format!(
        "\n*median*: of {} samples. *× naive*: the median over the naive baseline's in its \
         group, as BenchmarkDotNet's `Ratio` column (the baseline is 1.00); *× best*: over the \
         group's fastest. *peak*: the most bytes live at once (divan's `max alloc`), in binary \
         units (1 KiB = 1,024 bytes) as the demos print them{converted}. *allocations*: the \
         calls that allocated or grew a block in one run (divan's `alloc` + `grow`, at the \
         median sample).\n\n![The medians of each group over its naive baseline's, as \
         bars]({chart})\n",
        samples(rows)
    );
    out
}

/// The header lines of a recorded run (`just _machine` writes them).
#[derive(Debug, Default)]
pub struct Header {
    pub machine: String,
    pub date: String,
    pub command: String,
}

impl Header {
    pub fn read(record: &str) -> Header {
        let lines: Vec<&str> = record.lines().collect();
        let field = |name: &str| {
            let Some(at) = lines.iter().position(|l| l.starts_with(name)) else {
                return "(not recorded)".to_string();
            };
            // A long command goes on over lines that end in `\`.
            let mut value = lines[at][name.len()..].trim().to_string();
            for next in &lines[at + 1..] {
                let Some(head) = value.strip_suffix('\\') else {
                    break;
                };
                value = format!("{} {}", head.trim_end(), next.trim());
            }
            value
        };
        Header {
            machine: field("Machine:"),
            date: field("Date:"),
            command: field("Command:"),
        }
    }
}

/// The group as the table names it: the module's only group has no name of its own.
pub fn shown_group(group: &str) -> &str {
    if group.is_empty() { "all" } else { group }
}

/// The sample counts, `100` when all agree, `50 to 100` when not.
fn samples(rows: &[Row<'_>]) -> String {
    let counts = rows.iter().map(|r| r.bench.samples);
    let (low, high) = (counts.clone().min(), counts.max());
    match (low, high) {
        (Some(low), Some(high)) if low != high => format!("{low} to {high}"),
        (Some(n), _) => n.to_string(),
        _ => "no".into(),
    }
}

/// Three significant figures: `14.1`, `1.19`, `0.057`.
pub fn ratio(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0}")
    } else if value >= 10.0 {
        format!("{value:.1}")
    } else if value >= 1.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bench(group: &str, name: &str, median_ns: f64, allocations: u64) -> Bench {
        Bench {
            group: group.into(),
            name: name.into(),
            median: format!("{} ms", median_ns / 1e6),
            median_ns,
            samples: 100,
            allocations,
            peak_bytes: 16.0,
        }
    }

    #[test]
    fn ratios_divide_by_the_groups_baseline_and_fastest() {
        let benches = [
            bench("", "BoxPool<Particle>", 6.625e6, 100_001),
            bench("", "Pool<Particle>", 1.793e6, 1),
            bench("", "Slab<Particle>", 1.511e6, 0),
        ];
        let rows = rows(&benches, &["BoxPool".into()]).unwrap();
        assert!(rows[0].is_baseline && !rows[1].is_baseline);
        assert_eq!(ratio(rows[1].to_baseline), "0.271");
        assert_eq!(ratio(rows[1].to_best), "1.19");
        assert_eq!(ratio(rows[0].to_best), "4.38");
        assert_eq!(ratio(rows[2].to_best), "1.00");
        let header = Header::read("Machine: M\nDate: D\nCommand: cargo bench\n");
        let table = markdown(
            &rows,
            &header,
            true,
            "runs/pool-bench.txt",
            "runs/pool-bench.svg",
        );
        assert!(
            table.starts_with("Recorded on M (D) with `cargo bench`"),
            "{table}"
        );
        assert!(table.contains("\n| benchmark | median |"), "{table}");
        assert!(!table.contains("| **"), "one group, no group row: {table}");
        let nbsp = |row: &str| row.replace('_', "\u{a0}");
        let boxes = "| `BoxPool<Particle>` (naive) | 6.625_ms | 1.00 | 4.38 | 16_B | 100,001 |";
        assert!(table.contains(&nbsp(boxes)), "{table}");
        let slab = "| `Slab<Particle>` | 1.511_ms | 0.228 | 1.00 | 16_B | 0 |";
        assert!(table.contains(&nbsp(slab)), "{table}");
        assert!(table.contains("of 100 samples") && table.contains("](runs/pool-bench.svg)"));
    }

    #[test]
    fn each_group_has_its_own_baseline_and_a_group_without_one_is_named() {
        let benches = [
            bench("tree", "box_per_node", 20e6, 1),
            bench("tree", "bumpalo", 1e6, 1),
            bench("values", "boxed", 100e3, 1),
            bench("values", "bumpalo", 20e3, 1),
        ];
        let baselines = ["box_per_node".to_string(), "boxed".to_string()];
        let rows = rows(&benches, &baselines).unwrap();
        let ratios: Vec<String> = rows.iter().map(|r| ratio(r.to_baseline)).collect();
        assert_eq!(ratios, ["1.00", "0.050", "1.00", "0.200"]);
        let table = markdown(&rows, &Header::read(""), false, "r.txt", "r.svg");
        let tree = table.find("\n| **tree** | | | | | |").expect("tree's row");
        let values = table.find("\n| **values** |").expect("values' row");
        let bumpalo = table
            .find("| `bumpalo` | 1\u{a0}ms")
            .expect("tree's bumpalo");
        assert!(tree < bumpalo && bumpalo < values, "{table}");
        assert_eq!(table.matches("| benchmark |").count(), 1, "one table");
        assert!(table.contains("Recorded on (not recorded)"));
        let error = super::rows(&benches, &["boxed".into()]).unwrap_err();
        assert!(error.to_string().contains("`tree`"), "{error}");
        assert!(
            error.to_string().contains("box_per_node, bumpalo"),
            "{error}"
        );
    }

    #[test]
    fn a_command_continued_over_lines_is_read_whole() {
        let record = "Machine: M\nDate: D\nCommand: A=1 cargo bench \\\n  -- boxes\nx\n";
        assert_eq!(Header::read(record).command, "A=1 cargo bench -- boxes");
    }

    #[test]
    fn numbers_as_the_table_shows_them() {
        assert_eq!(ratio(123.4), "123");
        assert_eq!(ratio(14.1), "14.1");
        assert_eq!(ratio(9.99), "9.99");
        assert_eq!(ratio(0.0571), "0.057");
        assert_eq!(shown_group(""), "all");
    }

    #[test]
    fn sample_counts_that_differ_are_a_range() {
        let mut few = bench("", "a", 1.0, 0);
        few.samples = 50;
        let benches = [few, bench("", "b", 1.0, 0)];
        let rows = rows(&benches, &["a".into()]).unwrap();
        assert_eq!(samples(&rows), "50 to 100");
        assert_eq!(samples(&rows[..1]), "50");
    }
}
