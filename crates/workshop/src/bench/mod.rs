//! A module's recorded benchmarks, summarised for its chapter: divan's output read back
//! (`divan_output`), the table of medians, ratios and allocations (`table`) and its bar chart
//! (`chart`). `workshop dev bench-summary` writes both; a test keeps them in step with the
//! recording.

pub mod chart;
pub mod divan_output;
pub mod table;

use crate::manifest::Module;
use anyhow::{Context, Result};
use std::path::Path;

/// The summary of one of `module`'s recordings (`record_path`, from `root`): the table's
/// markdown, and the chart written to `chart_path` (a file of the caller's choice). The table
/// links the recording and the chart as the chapter finds them, beside the recording with
/// the extensions `.txt` and `.svg`.
pub fn summarise(
    root: &Path,
    module: &Module,
    record_path: &Path,
    chart_path: &Path,
) -> Result<String> {
    let record = std::fs::read_to_string(root.join(record_path)).with_context(|| {
        format!(
            "cannot read {}: record it with `just bench {}`",
            record_path.display(),
            module.name
        )
    })?;
    let benches = divan_output::parse(&record)
        .with_context(|| format!("{} is not divan's output", record_path.display()))?;
    let rows = table::rows(&benches, &module.bench_baselines)?;
    let from_chapter = |path: &Path| {
        let chapter_folder = module.chapter().parent().map(Path::to_path_buf);
        let relative =
            chapter_folder.and_then(|f| path.strip_prefix(f).ok().map(Path::to_path_buf));
        relative
            .unwrap_or(path.to_path_buf())
            .to_string_lossy()
            .replace('\\', "/")
    };
    // `pool-bench.txt` is titled `pool`, `pool-bench-no-trim.txt` `pool, no-trim`.
    let stem = record_path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy();
    let variant = stem
        .strip_prefix(&format!("{}-bench-", module.name))
        .map(|v| format!(", {v}"))
        .unwrap_or_default();
    let title = format!(
        "{}{variant}: medians over the naive baseline's",
        module.name
    );
    chart::write(chart_path, &title, &rows)?;
    Ok(table::markdown(
        &rows,
        &table::Header::read(&record),
        divan_output::uses_decimal_sizes(&record),
        &from_chapter(record_path),
        &from_chapter(&record_path.with_extension("svg")),
    ))
}
