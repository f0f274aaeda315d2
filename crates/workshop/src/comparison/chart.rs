//! The chart `workshop compare` writes: resident memory over time, one line per runtime, as
//! an SVG (plotters' SVG backend needs no fonts installed: text stays text).

use anyhow::{Result, anyhow};
use plotters::prelude::*;
use std::path::Path;

/// One line of the chart: its name and its (seconds, bytes) points.
#[derive(Debug)]
pub struct Line<'a> {
    pub name: &'a str,
    pub points: &'a [(f64, u64)],
}

const MIB: f64 = 1024.0 * 1024.0;
const COLOURS: [RGBColor; 2] = [RGBColor(206, 66, 43), RGBColor(81, 43, 212)];

/// The chart's size in pixels, and its text size in points: plotters writes 20 pt as 16 px,
/// which stays above 12 px with the chart shrunk to three quarters of its width (the book
/// shows it at about 90 %).
const SIZE: (u32, u32) = (800, 440);
const TEXT: u32 = 20;
/// The strip under the plot that holds the legend, outside the lines.
const LEGEND: u32 = 36;

/// Writes the lines to an SVG at `path`: one scale from zero, whole seconds and whole MiB on
/// the axes, the legend under the plot.
pub fn write(path: &Path, title: &str, lines: &[Line<'_>]) -> Result<()> {
    let seconds = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold(1.0_f64, f64::max)
        .ceil();
    let top = (lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1 as f64 / MIB))
        .fold(1.0_f64, f64::max)
        * 1.1)
        .ceil();
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    let failed = |e: &dyn std::fmt::Display| anyhow!("cannot draw {}: {e}", path.display());
    root.fill(&WHITE).map_err(|e| failed(&e))?;
    let (plot, legend) = root.split_vertically(SIZE.1 - LEGEND);
    let text = ("sans-serif", TEXT).into_font();
    let mut chart = ChartBuilder::on(&plot)
        .caption(title, ("sans-serif", TEXT + 4))
        .margin(12)
        .x_label_area_size(48)
        .y_label_area_size(64)
        .build_cartesian_2d(0.0..seconds, 0.0..top)
        .map_err(|e| failed(&e))?;
    let whole = |v: &f64| format!("{v:.0}");
    chart
        .configure_mesh()
        .x_desc("seconds")
        .y_desc("resident memory (MiB)")
        .label_style(text.clone())
        .axis_desc_style(text.clone())
        .x_labels(whole_steps(seconds))
        .y_labels(whole_steps(top))
        .x_label_formatter(&whole)
        .y_label_formatter(&whole)
        .draw()
        .map_err(|e| failed(&e))?;
    let mut x = 80;
    for (line, colour) in lines.iter().zip(COLOURS.iter().cycle()) {
        let points = line
            .points
            .iter()
            .map(|&(s, bytes)| (s, bytes as f64 / MIB));
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))
            .map_err(|e| failed(&e))?;
        let y = (LEGEND / 2) as i32;
        let sample = PathElement::new(vec![(x, y), (x + 28, y)], colour.stroke_width(3));
        legend.draw(&sample).map_err(|e| failed(&e))?;
        let name = Text::new(
            line.name.to_string(),
            (x + 36, y - TEXT as i32 / 2),
            text.clone(),
        );
        legend.draw(&name).map_err(|e| failed(&e))?;
        x += 60 + (line.name.chars().count() as i32) * (TEXT as i32 * 6 / 10);
    }
    root.present().map_err(|e| failed(&e))?;
    Ok(())
}

/// How many labels an axis from 0 to `end` gets so that every step is a whole number: at
/// most one a unit, and no more than ten.
fn whole_steps(end: f64) -> usize {
    (end as usize).clamp(1, 10) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_an_svg_with_both_lines_named() {
        let path = std::env::temp_dir().join(format!("workshop-chart-{}.svg", std::process::id()));
        let rust = [(0.0, 10 << 20), (1.0, 20 << 20)];
        let dotnet = [(0.0, 30 << 20), (1.0, 90 << 20)];
        let lines = [
            Line {
                name: "Rust",
                points: &rust,
            },
            Line {
                name: ".NET",
                points: &dotnet,
            },
        ];
        write(&path, "RSS", &lines).unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        let named = |name: &str| svg.contains(&format!(">\n{name}\n</text>"));
        assert!(
            svg.starts_with("<svg") && named("Rust") && named(".NET"),
            "{svg}"
        );
        assert!(svg.matches("<polyline").count() >= 2, "two lines");
        let ticks: Vec<&str> = svg
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next())
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .collect();
        assert!(ticks.len() >= 4, "{ticks:?}");
        assert!(
            ticks.iter().all(|t| !t.contains('.')),
            "whole ticks: {ticks:?}"
        );
        assert!(
            !svg.contains("font-size=\"1") || svg.contains("font-size=\"16"),
            "{svg}"
        );
    }

    #[test]
    fn whole_steps_never_split_a_unit() {
        assert_eq!(whole_steps(3.0), 4, "0, 1, 2, 3");
        assert_eq!(whole_steps(0.5), 2);
        assert_eq!(whole_steps(250.0), 11);
    }
}
