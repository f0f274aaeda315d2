//! The shape of resident memory over time, in the terminal: under `compare`'s table, one line
//! of block characters per side, both on one scale and one time axis, so a room sees the shapes
//! without opening the chart.

use crate::text::COLUMNS;
use measure::format;

/// From a sliver to a full cell: an eighth of the scale each.
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A line per side: its name, its shape, its peak, within [`COLUMNS`]. Each of the `sides` is
/// a name and its (seconds, bytes) samples. A cell shows the highest sample in its slice of
/// time, held over slices with no sample; a side that ended earlier is blank after its end.
pub fn lines(sides: &[(&str, &[(f64, u64)])]) -> Vec<String> {
    let top = sides
        .iter()
        .flat_map(|(_, points)| points.iter().map(|&(_, bytes)| bytes))
        .max()
        .unwrap_or(0);
    let end = sides
        .iter()
        .flat_map(|(_, points)| points.iter().map(|&(seconds, _)| seconds))
        .fold(0.0_f64, f64::max);
    let name_width = sides.iter().map(|(name, _)| name.chars().count()).max();
    let peak_width = "1,023 MiB".len();
    let width = COLUMNS.saturating_sub(2 + name_width.unwrap_or(0) + 2 + 1 + peak_width);
    if top == 0 || width == 0 {
        return Vec::new();
    }
    let mut lines = vec![format!(
        "Resident memory over {} (one scale: █ is {}):",
        format::duration(std::time::Duration::from_secs_f64(end)),
        format::bytes(top)
    )];
    for (name, points) in sides {
        let peak = points.iter().map(|&(_, bytes)| bytes).max().unwrap_or(0);
        let shape = shape(points, end, top, width);
        let names = name_width.unwrap_or(0);
        let peak = format::bytes(peak);
        lines.push(format!("  {name:<names$}  {shape} {peak:>peak_width$}"));
    }
    lines
}

/// `width` cells over `end` seconds: each the highest sample in its slice as a block of the
/// scale whose full block is `top`.
fn shape(points: &[(f64, u64)], end: f64, top: u64, width: usize) -> String {
    let mut cells: Vec<Option<u64>> = vec![None; width];
    let last = points
        .iter()
        .map(|&(seconds, _)| seconds)
        .fold(0.0_f64, f64::max);
    let cell_of = |seconds: f64| {
        let at = if end > 0.0 { seconds / end } else { 0.0 };
        ((at * width as f64) as usize).min(width - 1)
    };
    for &(seconds, bytes) in points {
        let cell = &mut cells[cell_of(seconds)];
        *cell = Some(cell.map_or(bytes, |held| held.max(bytes)));
    }
    let ended = cell_of(last);
    let mut held = None;
    cells
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            held = cell.or(held);
            match held {
                Some(bytes) if i <= ended => block(bytes, top),
                _ => ' ',
            }
        })
        .collect()
}

/// The block for `bytes` on a scale whose full block is `top`: a sliver for anything above 0.
fn block(bytes: u64, top: u64) -> char {
    let eighths = (bytes as f64 / top as f64 * 8.0).ceil() as usize;
    BLOCKS[eighths.clamp(1, 8) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_on_one_scale_within_80_columns() {
        let rust: Vec<(f64, u64)> = (0..20).map(|i| (f64::from(i) * 0.05, 10 << 20)).collect();
        let dotnet: Vec<(f64, u64)> = (0..40)
            .map(|i| {
                (
                    f64::from(i) * 0.05,
                    if i % 10 < 5 { 20 << 20 } else { 40 << 20 },
                )
            })
            .collect();
        let lines = lines(&[("Rust", &rust), ("Mono 6.8.0.105", &dotnet)]);
        let shown = lines.join("\n");
        assert_eq!(lines.len(), 3, "{shown}");
        assert!(measure::demo::too_wide(&shown).is_empty(), "{shown}");
        assert!(lines[0].contains("█ is 40.0 MiB"), "{shown}");
        let rust_line = &lines[1];
        assert!(
            rust_line.starts_with("  Rust            ▂"),
            "a quarter of the scale: {shown}"
        );
        assert!(!rust_line.contains('█'), "{shown}");
        assert!(rust_line.trim_end().ends_with("10.0 MiB"), "{shown}");
        let dotnet_line = &lines[2];
        assert!(
            dotnet_line.contains('█') && dotnet_line.contains('▄'),
            "the sawtooth: {shown}"
        );
        // The Rust run ended halfway: blank after it, on the same time axis.
        let cells = |line: &str| line.chars().skip(18).take(40).collect::<String>();
        assert!(cells(rust_line).ends_with("  "), "{shown}");
        assert!(!cells(dotnet_line).contains(' '), "{shown}");
    }

    #[test]
    fn blocks_are_eighths_with_a_sliver_for_anything() {
        assert_eq!(block(1, 800), '▁');
        assert_eq!(block(100, 800), '▁');
        assert_eq!(block(101, 800), '▂');
        assert_eq!(block(400, 800), '▄');
        assert_eq!(block(800, 800), '█');
        assert!(
            lines(&[("Rust", &[])]).is_empty(),
            "nothing sampled, nothing drawn"
        );
    }
}
