//! `workshop check MODULE`: run the exercise's suite, say in plain words what passes and what
//! fails, step by step, and give the hint for the first failing step.

use crate::manifest::Module;
use crate::progress::{self, LastCheck, Progress};
use crate::suite::{self, Suite};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

/// Failing tests shown in full per step; the rest are named only.
const SHOWN_IN_FULL: usize = 3;

pub fn run(root: &Path, module: &Module) -> Result<ExitCode> {
    println!("Checking {} — {}\n", module.name, module.title);
    let suite = suite::run(root, &module.exercise(), None, true)?;
    for diagnostic in &suite.diagnostics {
        println!("{}", diagnostic.rendered.trim_end());
    }
    let mut progress = Progress::load(root);
    let first_failing_step = if suite.compiled {
        first_failing_step(module, &suite)
    } else {
        Some(0)
    };
    let passed = suite.all_pass(); // false when it did not compile
    progress.module_mut(&module.name).last_check = Some(LastCheck {
        passed,
        first_failing_step,
        fingerprint: progress::fingerprint(&root.join(module.exercise()))?,
    });
    progress.save(root)?;

    if !suite.compiled {
        println!(
            "\n✗ {} does not compile yet: fix the errors above, then run this again.",
            module.exercise().display()
        );
        return Ok(ExitCode::FAILURE);
    }
    for (index, step) in module.steps.iter().enumerate() {
        print_step(
            &suite,
            &format!("Step {} — {}", index + 1, step.title),
            |target| step.tests.iter().any(|t| t == target),
        );
    }
    print_step(&suite, "Other tests", |target| {
        module.step_of(target).is_none()
    });

    if passed {
        println!(
            "✓ Done: all {} tests pass. On to the next module (`workshop list`).",
            suite.total()
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "✗ Not done yet: {} of {} tests pass.",
        suite.passed(),
        suite.total()
    );
    if let Some(step) = first_failing_step {
        let seen = progress
            .module(&module.name)
            .hints_seen
            .get(&step)
            .copied()
            .unwrap_or(0);
        let hints = &module.steps[step].hints;
        let shown = seen.clamp(1, hints.len());
        println!(
            "\nHint for step {} ({shown} of {}): {}",
            step + 1,
            hints.len(),
            hints[shown - 1]
        );
        if shown < hints.len() {
            println!("`workshop hint {}` shows the next one.", module.name);
        }
    }
    Ok(ExitCode::FAILURE)
}

/// The first step with a failing test, or `None` when every step passes.
fn first_failing_step(module: &Module, suite: &Suite) -> Option<usize> {
    module
        .steps
        .iter()
        .position(|step| step.tests.iter().any(|t| suite.target_failed(t)))
}

/// Prints one step: its pass count, its failing tests (the first few with their messages), and
/// any test program that crashed or was stopped. Prints nothing for a step with no tests.
fn print_step(suite: &Suite, heading: &str, in_step: impl Fn(&str) -> bool) {
    let targets: Vec<_> = suite
        .targets
        .iter()
        .filter(|(target, _)| in_step(target))
        .collect();
    let tests: Vec<_> = targets.iter().flat_map(|(_, run)| &run.results).collect();
    let problems: Vec<_> = targets
        .iter()
        .filter_map(|(t, run)| Some((t, run.problem.as_ref()?)))
        .collect();
    if tests.is_empty() && problems.is_empty() {
        return;
    }
    let passed = tests.iter().filter(|r| r.passed).count();
    let mark = if passed == tests.len() && problems.is_empty() {
        "✓"
    } else {
        "✗"
    };
    println!("{mark} {heading}: {passed} of {} tests pass", tests.len());
    let mut failing: Vec<_> = tests.iter().filter(|r| !r.passed).collect();
    failing.sort_by(|a, b| a.name.cmp(&b.name)); // libtest reports in completion order
    for (shown, test) in failing.into_iter().enumerate() {
        println!("    ✗ {}", test.name.replace('_', " "));
        if shown < SHOWN_IN_FULL {
            for line in test.message.as_deref().unwrap_or("(no message)").lines() {
                println!("        {line}");
            }
        }
    }
    for (target, problem) in problems {
        println!(
            "    ✗ tests/{target}.rs: {}",
            problem.replace('\n', "\n        ")
        );
    }
    println!();
}
