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

/// Writes the lines to an SVG at `path`.
pub fn write(path: &Path, title: &str, lines: &[Line<'_>]) -> Result<()> {
    let seconds = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold(1.0_f64, f64::max);
    let top = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1 as f64 / MIB))
        .fold(1.0_f64, f64::max)
        * 1.1;
    let root = SVGBackend::new(path, (800, 420)).into_drawing_area();
    let failed = |e: &dyn std::fmt::Display| anyhow!("cannot draw {}: {e}", path.display());
    root.fill(&WHITE).map_err(|e| failed(&e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..seconds, 0.0..top)
        .map_err(|e| failed(&e))?;
    chart
        .configure_mesh()
        .x_desc("seconds")
        .y_desc("resident memory (MiB)")
        .draw()
        .map_err(|e| failed(&e))?;
    for (line, colour) in lines.iter().zip(COLOURS.iter().cycle()) {
        let points = line
            .points
            .iter()
            .map(|&(s, bytes)| (s, bytes as f64 / MIB));
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))
            .map_err(|e| failed(&e))?
            .label(line.name)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()
        .map_err(|e| failed(&e))?;
    root.present().map_err(|e| failed(&e))?;
    Ok(())
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
    }
}
