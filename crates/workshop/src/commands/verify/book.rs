//! Checks of the book as a whole: its table of contents and every include in every chapter.

use super::{Outcome, outcome};
use crate::includes;
use crate::manifest::{Manifest, SUMMARY_PATH};
use std::path::{Path, PathBuf};

pub fn checks(root: &Path, manifest: &Manifest) -> Vec<Outcome> {
    vec![
        summary_follows_the_manifest(root, manifest),
        every_include_yields_text(root),
        super::agenda::agendas_add_up(root, manifest),
    ]
}

/// `docs/src/SUMMARY.md` links every module's chapter, in the manifest's order.
pub(super) fn summary_follows_the_manifest(root: &Path, manifest: &Manifest) -> Outcome {
    let summary = std::fs::read_to_string(root.join(SUMMARY_PATH))
        .map_err(|e| vec![format!("{SUMMARY_PATH}: cannot read it: {e}")])?;
    let mut last = 0;
    let mut problems = Vec::new();
    for module in &manifest.modules {
        let chapter = module.chapter();
        let chapter = chapter.strip_prefix("docs/src").unwrap_or(&chapter);
        let link = format!("({})", chapter.to_string_lossy().replace('\\', "/"));
        match summary.find(&link) {
            Some(at) if at >= last => last = at,
            Some(_) => problems.push(format!(
                "{SUMMARY_PATH}: {} is out of the manifest's order",
                module.name
            )),
            None => problems.push(format!(
                "{SUMMARY_PATH} does not link {link} for {}",
                module.name
            )),
        }
    }
    outcome(
        problems,
        format!("{SUMMARY_PATH} lists the chapters in order"),
    )
}

/// Every `{{#include …}}` in every chapter names a file that exists, and takes some text from
/// it (mdbook renders a misspelt anchor as an empty block, silently).
pub(super) fn every_include_yields_text(root: &Path) -> Outcome {
    let docs = Path::new("docs/src");
    let chapters: Vec<PathBuf> = crate::files::under(&root.join(docs))
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "md"))
        .map(|f| docs.join(f))
        .collect();
    let mut problems = Vec::new();
    let mut count = 0;
    for chapter in &chapters {
        match std::fs::read_to_string(root.join(chapter)) {
            Ok(text) => {
                count += includes::find(&text).len();
                problems.extend(includes::broken(root, chapter, &text));
            }
            Err(error) => problems.push(format!("{}: cannot read it: {error}", chapter.display())),
        }
    }
    outcome(
        problems,
        format!(
            "all {count} includes in {} chapters yield text",
            chapters.len()
        ),
    )
}
