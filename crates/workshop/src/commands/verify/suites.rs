//! Checks that build the module and run its one test suite against the stub, the solution and
//! the naive baseline.

use super::{Outcome, outcome};
use crate::manifest::{Module, NAIVE_FEATURE};
use crate::progress::fingerprint;
use crate::suite::cargo;
use crate::suite::{self, Suite};
use anyhow::Result;
use std::path::Path;

pub fn checks(root: &Path, module: &Module) -> Result<Vec<Outcome>> {
    let exercise_before = fingerprint(&root.join(module.exercise())).ok();
    let building = |what: &str| format!("Building the {what} of {}", module.name);
    let stub = suite::run(root, &module.exercise(), None, &building("stub"));
    let solution = suite::run(root, &module.solution(), None, &building("solution"));
    let naive = suite::run(
        root,
        &module.solution(),
        Some(NAIVE_FEATURE),
        &building("naive baseline"),
    );
    let exercise_after = fingerprint(&root.join(module.exercise())).ok();
    let (stub, solution) = match (stub, solution) {
        (Ok(stub), Ok(solution)) => (stub, solution),
        (Err(error), _) | (_, Err(error)) => {
            return Ok(vec![Err(vec![format!(
                "cannot build the module: {error:#}"
            )])]);
        }
    };
    Ok(vec![
        stub_fails_every_step(module, &stub),
        solution_passes(&solution),
        one_suite(&stub, &solution),
        naive_fails_the_memory_tests(module, naive),
        tests_leave_the_exercise_untouched(module, exercise_before, exercise_after),
        clippy_and_rustfmt_clean(root, module)?,
    ])
}

/// The stub compiles warning-free and fails at least one test in every step: no step's tests
/// pass on code that does not do the work.
fn stub_fails_every_step(module: &Module, stub: &Suite) -> Outcome {
    if !stub.compiled {
        return Err(vec!["the stub does not compile".into()]);
    }
    let mut problems = Vec::new();
    let warnings = stub.warnings().count();
    if warnings > 0 {
        problems.push(format!("the stub compiles with {warnings} warnings"));
    }
    for (index, step) in module.steps.iter().enumerate() {
        if !step.tests.iter().any(|t| stub.target_failed(t)) {
            problems.push(format!(
                "the stub fails no test in step {}: those tests cannot fail",
                index + 1
            ));
        }
    }
    outcome(
        problems,
        format!(
            "the stub fails {} of {} tests (every step), warning-free",
            stub.total() - stub.passed(),
            stub.total()
        ),
    )
}

/// The solution compiles warning-free and passes every test.
fn solution_passes(solution: &Suite) -> Outcome {
    if !solution.compiled {
        return Err(vec!["the solution does not compile".into()]);
    }
    let mut problems: Vec<String> = solution
        .tests()
        .filter(|(_, r)| !r.passed)
        .map(|(target, r)| format!("the solution fails {target}::{}", r.name))
        .collect();
    for (target, run) in &solution.targets {
        if let Some(problem) = &run.problem {
            problems.push(format!("the solution's tests/{target}.rs: {problem}"));
        }
    }
    if solution.total() == 0 {
        problems.push("the solution ran no test".into());
    }
    let warnings = solution.warnings().count();
    if warnings > 0 {
        problems.push(format!("the solution compiles with {warnings} warnings"));
    }
    outcome(
        problems,
        format!(
            "the solution passes {} of {}",
            solution.passed(),
            solution.total()
        ),
    )
}

/// The stub and the solution ran the very same tests.
fn one_suite(stub: &Suite, solution: &Suite) -> Outcome {
    if !stub.compiled || !solution.compiled {
        return Err(vec![
            "cannot compare the stub's tests with the solution's: one does not compile".into(),
        ]);
    }
    let only_stub: Vec<_> = stub
        .names()
        .difference(&solution.names())
        .cloned()
        .collect();
    let only_solution: Vec<_> = solution
        .names()
        .difference(&stub.names())
        .cloned()
        .collect();
    if only_stub.is_empty() && only_solution.is_empty() {
        Ok("the stub and the solution run the same tests".into())
    } else {
        let list = |names: &[String]| match names {
            [] => "none".to_string(),
            names => names.join(", "),
        };
        Err(vec![format!(
            "the stub and the solution do not run the same tests (only the stub: {}; only the \
             solution: {}): the suite must be one source",
            list(&only_stub),
            list(&only_solution)
        )])
    }
}

/// Every memory test named in `naive_must_fail` fails on the solution built with the naive
/// feature: the tests catch code that does not keep the module's memory promise.
fn naive_fails_the_memory_tests(module: &Module, naive: Result<Suite>) -> Outcome {
    if module.naive_must_fail.is_empty() {
        return Err(vec![
            "no memory test to run against the naive baseline (see naive_must_fail above)".into(),
        ]);
    }
    let naive = naive.map_err(|e| vec![format!("cannot build the naive baseline: {e:#}")])?;
    if !naive.compiled {
        return Err(vec![format!(
            "the solution does not compile with --features {NAIVE_FEATURE}"
        )]);
    }
    let passed: Vec<&str> = (module.naive_must_fail.iter())
        .filter(|t| !naive.target_failed(t))
        .map(String::as_str)
        .collect();
    if passed.is_empty() {
        Ok(format!(
            "the naive baseline fails {}",
            module.naive_must_fail.join(" and ")
        ))
    } else {
        Err(vec![format!(
            "the naive baseline ({NAIVE_FEATURE}) passes {}: the memory tests do not catch it",
            passed.join(", ")
        )])
    }
}

/// Running the tests wrote nothing into the exercise (proptest's regression files, say): an
/// attendee's tree changes only when they edit it.
fn tests_leave_the_exercise_untouched(
    module: &Module,
    before: Option<u64>,
    after: Option<u64>,
) -> Outcome {
    if before.is_some() && before == after {
        Ok("running the tests leaves the exercise's files untouched".into())
    } else {
        Err(vec![format!(
            "running the tests changed files in {} (proptest's failure persistence? turn it off \
             with `failure_persistence: None`)",
            module.exercise().display()
        )])
    }
}

/// clippy `-D warnings` and rustfmt over the module's three crates.
fn clippy_and_rustfmt_clean(root: &Path, module: &Module) -> Result<Outcome> {
    let packages: Vec<String> = [module.solution(), module.demo(), module.exercise()]
        .iter()
        .filter_map(|dir| cargo::package_name(&root.join(dir)).ok())
        .collect();
    let selected: Vec<&str> = packages
        .iter()
        .flat_map(|p| ["--package", p.as_str()])
        .collect();
    let mut problems = Vec::new();
    let mut clippy = vec!["clippy", "--quiet", "--no-deps", "--all-targets"];
    clippy.extend(&selected);
    clippy.extend(["--", "-D", "warnings"]);
    let (clean, output) = cargo::succeeds(root, &clippy)?;
    if !clean {
        problems.push(format!("clippy finds problems:\n{output}"));
    }
    let mut fmt = vec!["fmt", "--check"];
    fmt.extend(&selected);
    if !cargo::succeeds(root, &fmt)?.0 {
        problems.push("not rustfmt-formatted (run `cargo fmt`)".into());
    }
    Ok(outcome(problems, "clippy -D warnings and rustfmt clean"))
}
