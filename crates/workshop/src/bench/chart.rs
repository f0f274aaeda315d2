//! The bar chart of a module's recorded benchmarks: each benchmark's median over its group's
//! naive baseline's, one bar each, the baseline at 1 and drawn grey, as an SVG.

use super::table::{Row, ratio, shown_group};
use anyhow::{Result, anyhow};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// Sizes in pixels and points, as the comparison chart has them (20 pt stays readable with
/// the chart shrunk to the book's column).
const WIDTH: u32 = 800;
const ROW: u32 = 34;
const TEXT: u32 = 20;
const BASELINE: RGBColor = RGBColor(150, 150, 150);
const OTHER: RGBColor = RGBColor(81, 43, 212);

/// Writes the chart of `rows` to `path`, titled `title`.
pub fn write(path: &Path, title: &str, rows: &[Row<'_>]) -> Result<()> {
    let grouped = rows.iter().any(|r| r.bench.group != rows[0].bench.group);
    let labels: Vec<String> = rows
        .iter()
        .map(|r| match grouped {
            true => format!("{}: {}", shown_group(&r.bench.group), r.bench.name),
            false => r.bench.name.clone(),
        })
        .collect();
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as u32;
    let count = rows.len();
    let top = rows.iter().map(|r| r.to_baseline).fold(1.0_f64, f64::max) * 1.2;
    let height = 120 + ROW * count as u32;
    let root = SVGBackend::new(path, (WIDTH, height)).into_drawing_area();
    let failed = |e: &dyn std::fmt::Display| anyhow!("cannot draw {}: {e}", path.display());
    root.fill(&WHITE).map_err(|e| failed(&e))?;
    let text = ("sans-serif", TEXT).into_font();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", TEXT + 2))
        .margin(12)
        .x_label_area_size(48)
        .y_label_area_size((longest * TEXT * 11 / 20 + 16).min(WIDTH / 2))
        .build_cartesian_2d(0.0..top, 0.0..count as f64)
        .map_err(|e| failed(&e))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_x_mesh()
        .y_labels(0)
        .x_labels(7)
        .x_desc("median over the naive baseline's (shorter is faster)")
        .label_style(text.clone())
        .axis_desc_style(text.clone())
        .x_label_formatter(&|v: &f64| match top > 5.0 {
            true => format!("{v:.0}"),
            false => format!("{v:.1}"),
        })
        .draw()
        .map_err(|e| failed(&e))?;
    let at = |anchor| TextStyle::from(text.clone()).pos(Pos::new(anchor, VPos::Center));
    for (i, (row, label)) in rows.iter().zip(&labels).enumerate() {
        // Row 0 at the top: the y axis counts from the bottom up.
        let y = (count - 1 - i) as f64;
        let colour = if row.is_baseline { BASELINE } else { OTHER };
        let bar = Rectangle::new(
            [(0.0, y + 0.15), (row.to_baseline, y + 0.85)],
            colour.filled(),
        );
        let name =
            EmptyElement::at((0.0, y + 0.5)) + Text::new(label.clone(), (-10, 0), at(HPos::Right));
        let value = EmptyElement::at((row.to_baseline, y + 0.5))
            + Text::new(
                format!("{}×", ratio(row.to_baseline)),
                (6, 0),
                at(HPos::Left),
            );
        chart.draw_series([bar]).map_err(|e| failed(&e))?;
        chart.draw_series([name, value]).map_err(|e| failed(&e))?;
    }
    root.present().map_err(|e| failed(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::divan_output::Bench;
    use crate::bench::table::rows;

    #[test]
    fn draws_a_bar_and_a_label_for_every_benchmark() {
        let bench = |group: &str, name: &str, median_ns: f64| Bench {
            group: group.into(),
            name: name.into(),
            median: String::new(),
            median_ns,
            samples: 100,
            allocations: 0,
            peak_bytes: 0.0,
        };
        let benches = [
            bench("tree", "boxed", 4e6),
            bench("tree", "bumpalo", 1e6),
            bench("values", "boxed", 1e3),
        ];
        let rows = rows(&benches, &["boxed".into()]).unwrap();
        let path = std::env::temp_dir().join(format!("workshop-bars-{}.svg", std::process::id()));
        write(&path, "arena", &rows).unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        for label in [
            "tree: boxed",
            "tree: bumpalo",
            "values: boxed",
            "0.250×",
            "1.00×",
        ] {
            assert!(
                svg.contains(&format!(">\n{label}\n</text>")),
                "{label}: {svg}"
            );
        }
        let grey = svg.matches("fill=\"#969696\"").count();
        let blue = svg.matches("fill=\"#512BD4\"").count();
        assert_eq!((grey, blue), (2, 1), "{svg}");
    }
}
