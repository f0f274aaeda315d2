//! `workshop hint MODULE`: the next hint for the step the last `check` got stuck on (step 1
//! before any check). Hints come from the manifest: they work offline. `check` shows the
//! latest hint seen and counts it as seen, so `hint` after `check` shows the one after it.

use crate::manifest::Module;
use crate::progress::{Progress, Status};
use crate::repository::Repository;
use crate::text::{self, wrap, wrap_hanging};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module, by name or number [default: the first one not done].
    module: Option<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let module = match &self.module {
            Some(name) => repo.manifest.module(name)?,
            None => Progress::load(&repo.root).first_unfinished(&repo.root, &repo.manifest),
        };
        run(&repo.root, module).map(|()| ExitCode::SUCCESS)
    }
}

pub fn run(root: &Path, module: &Module) -> Result<()> {
    let mut progress = Progress::load(root);
    if progress.status(root, module) == Status::Done {
        println!("{}", done(module));
        return Ok(());
    }
    let step = progress
        .module(&module.name)
        .last_check
        .and_then(|c| c.first_failing_step)
        .unwrap_or(0);
    println!(
        "{}\n",
        wrap(
            &format!(
                "{}, step {}: {}",
                module.name,
                step + 1,
                module.steps[step].title
            ),
            ""
        )
    );
    println!("{}", next(&mut progress, module, step));
    progress.save(root)
}

/// What `hint` says for a module whose every step passed at its last check (and which has
/// not changed since): no hint, and where to look next.
fn done(module: &Module) -> String {
    wrap(
        &format!(
            "{}: every step passed at your last check, so there is no hint to give. {} shows \
             where you are in each module.",
            module.name,
            text::command("list")
        ),
        "",
    )
}

/// The hint after the last one seen for `step` (the last hint again once all are seen),
/// counted as seen.
pub fn next(progress: &mut Progress, module: &Module, step: usize) -> String {
    let seen = seen(progress, module, step);
    let shown = (*seen + 1).min(module.steps[step].hints.len());
    *seen = shown;
    render(module, step, shown)
}

/// The hint `check` shows: the last one seen for `step` (the first when none was), counted as
/// seen, so that `hint` goes on from there.
pub fn for_check(progress: &mut Progress, module: &Module, step: usize) -> String {
    let seen = seen(progress, module, step);
    *seen = (*seen).max(1);
    render(module, step, *seen)
}

/// How many of `step`'s hints the attendee has seen.
fn seen<'p>(progress: &'p mut Progress, module: &Module, step: usize) -> &'p mut usize {
    progress
        .module_mut(&module.name)
        .hints_seen
        .entry(step)
        .or_insert(0)
}

/// Hint number `shown` (from 1) of `step`, and what to do next.
fn render(module: &Module, step: usize, shown: usize) -> String {
    let hints = &module.steps[step].hints;
    let heading = format!("Hint for step {} ({shown} of {}): ", step + 1, hints.len());
    let mut out = wrap_hanging(&format!("{heading}{}", hints[shown - 1]), "", "  ");
    let after = if shown < hints.len() {
        format!(
            "{} shows the next one.",
            text::command(&format!("hint {}", module.name))
        )
    } else {
        format!(
            "That is the last hint for this step. Still stuck? Read the tests in {}, or the \
             reference solution in {}.",
            module.tests().display(),
            module.solution().display()
        )
    };
    out.push('\n');
    out.push_str(&wrap(&after, ""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::Manifest;

    #[test]
    fn a_module_whose_steps_all_pass_gets_no_hint_but_a_pointer_to_list() {
        let manifest = Manifest::parse(include_str!("../../../../exercises/modules.toml")).unwrap();
        let said = done(&manifest.modules[0]);
        assert!(said.starts_with(&format!("{}: every step passed", manifest.modules[0].name)));
        assert!(said.contains("cargo workshop list"), "{said}");
        assert!(
            said.lines().all(|line| line.chars().count() <= 80),
            "{said}"
        );
    }

    #[test]
    fn check_shows_the_latest_hint_and_hint_goes_on_from_it() {
        let manifest = Manifest::parse(include_str!("../../../../exercises/modules.toml")).unwrap();
        let module = &manifest.modules[0];
        let mut progress = Progress::default();
        let count = module.steps[0].hints.len();
        assert!(for_check(&mut progress, module, 0).starts_with("Hint for step 1 (1 of"));
        assert!(for_check(&mut progress, module, 0).starts_with("Hint for step 1 (1 of"));
        assert!(next(&mut progress, module, 0).starts_with("Hint for step 1 (2 of"));
        assert!(for_check(&mut progress, module, 0).starts_with("Hint for step 1 (2 of"));
        for _ in 0..count + 2 {
            next(&mut progress, module, 0);
        }
        let last = next(&mut progress, module, 0);
        assert!(last.starts_with(&format!("Hint for step 1 ({count} of {count})")));
        assert!(last.contains("That is the last hint"));
        assert!(measure::demo::too_wide(&last).is_empty(), "{last}");
    }
}
