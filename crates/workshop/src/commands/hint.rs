//! `workshop hint MODULE`: the next hint for the step the last `check` got stuck on (step 1
//! before any check). Hints come from the manifest: they work offline.

use crate::manifest::Module;
use crate::progress::Progress;
use anyhow::Result;
use std::path::Path;

pub fn run(root: &Path, module: &Module) -> Result<()> {
    let mut progress = Progress::load(root);
    let state = progress.module_mut(&module.name);
    let step = state
        .last_check
        .as_ref()
        .and_then(|c| c.first_failing_step)
        .unwrap_or(0);
    let hints = &module.steps[step].hints;
    let seen = state.hints_seen.entry(step).or_insert(0);
    let next = (*seen).min(hints.len() - 1);
    *seen = next + 1;
    println!(
        "{} — step {}: {}\n\nHint {} of {}: {}",
        module.name,
        step + 1,
        module.steps[step].title,
        next + 1,
        hints.len(),
        hints[next]
    );
    if next + 1 == hints.len() {
        println!(
            "\nThat is the last hint for this step. Still stuck? Read the tests in {}/tests, or compare with {}.",
            module.exercise().display(),
            module.solution().display()
        );
    }
    progress.save(root)
}
