//! What `check` and `watch` tell an attendee after running an exercise's suite: step by step,
//! the first failing step in full (the simplest behaviour test first, property tests after,
//! without proptest's bookkeeping), later steps in a line each, all within 80 columns.

use crate::manifest::Module;
use crate::suite::Suite;
use crate::suite::libtest::TestResult;
use crate::text::{self, wrap, wrap_hanging};
use std::path::Path;

/// Failing tests of the first failing step shown with their messages; the rest are named.
const SHOWN_IN_FULL: usize = 2;

/// One run of an exercise's suite, ready to print.
#[derive(Debug)]
pub struct Report {
    pub compiled: bool,
    /// Compiler messages for the exercise, rendered by rustc.
    pub diagnostics: Vec<String>,
    pub steps: Vec<StepReport>,
    pub passed: usize,
    pub total: usize,
    /// The step the attendee was on at the previous check: while the code does not compile,
    /// they are still on it.
    pub step_before: Option<usize>,
}

#[derive(Debug)]
pub struct StepReport {
    pub title: String,
    pub passed: usize,
    pub total: usize,
    /// Failing tests, behaviour tests in source order, then property tests.
    pub failing: Vec<Failure>,
    /// Test programs that crashed, were stopped or could not start.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Failure {
    /// The test's name in words (`reads numbers` for `reads_numbers`).
    pub name: String,
    pub message: Option<String>,
    pub property: bool,
}

impl StepReport {
    pub fn passes(&self) -> bool {
        self.failing.is_empty() && self.problems.is_empty() && self.total > 0
    }
}

impl Report {
    /// The report of `suite`, run on `module`'s exercise under `root`.
    pub fn new(root: &Path, module: &Module, suite: &Suite) -> Self {
        let steps = module
            .steps
            .iter()
            .map(|step| {
                let in_step = |target: &str| step.tests.iter().any(|t| t == target);
                step_report(root, module, suite, &step.title, in_step)
            })
            .collect();
        Self {
            compiled: suite.compiled,
            diagnostics: suite
                .diagnostics
                .iter()
                .map(|d| d.rendered.trim_end().to_string())
                .collect(),
            steps,
            passed: suite.passed(),
            total: suite.total(),
            step_before: None,
        }
    }

    /// All compiled, and every step passes.
    pub fn done(&self) -> bool {
        self.compiled && self.steps.iter().all(StepReport::passes)
    }

    /// The first step that does not pass, from 0; when nothing compiles, the step of the
    /// previous check (step 1 at first).
    pub fn first_failing_step(&self) -> Option<usize> {
        if !self.compiled {
            return Some(self.step_before.unwrap_or(0));
        }
        self.steps.iter().position(|s| !s.passes())
    }

    /// Everything but the closing hint: compiler messages, or each step's outcome.
    pub fn render(&self, exercise: &Path) -> String {
        let mut out = Vec::new();
        if !self.compiled {
            out.extend(self.diagnostics.iter().cloned());
            out.push(wrap(
                &format!(
                    "\n✗ {} does not compile yet: fix the first error above, then check again.",
                    exercise.display()
                ),
                "",
            ));
            return out.join("\n");
        }
        let first_failing = self.first_failing_step();
        for (index, step) in self.steps.iter().enumerate() {
            let mark = if step.passes() { "✓" } else { "✗" };
            let heading = format!(
                "{mark} Step {}: {} ({} of {} pass)",
                index + 1,
                step.title,
                step.passed,
                step.total
            );
            out.push(wrap_hanging(&heading, "", "  "));
            if Some(index) == first_failing {
                out.extend(render_failures(step));
            }
        }
        if let Some(first) = self.diagnostics.first() {
            let count = self.diagnostics.len();
            let more = if count > 1 {
                format!(" (and {} more)", count - 1)
            } else {
                String::new()
            };
            out.push(format!(
                "\nThe compiler warns about your code{more}:\n{first}"
            ));
        }
        out.join("\n")
    }
}

fn step_report(
    root: &Path,
    module: &Module,
    suite: &Suite,
    title: &str,
    in_step: impl Fn(&str) -> bool,
) -> StepReport {
    let mut step = StepReport {
        title: title.to_string(),
        passed: 0,
        total: 0,
        failing: Vec::new(),
        problems: Vec::new(),
    };
    let mut failing: Vec<(bool, usize, Failure)> = Vec::new();
    for (target, run) in suite.targets.iter().filter(|(t, _)| in_step(t)) {
        let source =
            std::fs::read_to_string(root.join(module.tests()).join(format!("{target}.rs")))
                .unwrap_or_default();
        for result in &run.results {
            step.total += 1;
            if result.passed {
                step.passed += 1;
                continue;
            }
            let failure = failure(result);
            let position = source_position(&source, &result.name);
            failing.push((failure.property, position, failure));
        }
        if let Some(problem) = &run.problem {
            step.problems.push(format!("tests/{target}.rs: {problem}"));
        }
    }
    failing.sort_by_key(|(property, position, _)| (*property, *position));
    step.failing = failing.into_iter().map(|(_, _, f)| f).collect();
    step
}

fn failure(result: &TestResult) -> Failure {
    let message = result.message.as_deref().map(without_bookkeeping);
    let property = message
        .as_deref()
        .is_some_and(|m| m.contains(MINIMAL_INPUT));
    let message = message.map(|m| if property { input_shortened(&m) } else { m });
    let short_name = result.name.rsplit("::").next().unwrap_or(&result.name);
    Failure {
        name: short_name.replace('_', " "),
        message,
        property,
    }
}

/// Where `fn name(` stands in the test file (test files put the simplest tests first); tests
/// not found go last.
fn source_position(source: &str, name: &str) -> usize {
    let short = name.rsplit("::").next().unwrap_or(name);
    source.find(&format!("fn {short}(")).unwrap_or(usize::MAX)
}

/// How proptest introduces the smallest input it found that fails.
const MINIMAL_INPUT: &str = "minimal failing input: ";

/// At most this much of a property test's minimal input is shown: about two lines.
const INPUT_SHOWN: usize = 150;

/// A property test's message with its minimal input on one line, shortened to
/// [`INPUT_SHOWN`] characters, and the test's own words last, where they stay on screen
/// (proptest prints a vector one element per line, and the words scroll away).
fn input_shortened(message: &str) -> String {
    let Some(at) = message.find(MINIMAL_INPUT) else {
        return message.to_string();
    };
    let (words, input) = message.split_at(at);
    let input = input[MINIMAL_INPUT.len()..]
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("[ ", "[")
        .replace(", ]", "]")
        .replace(" ]", "]");
    let shown: String = input.chars().take(INPUT_SHOWN).collect();
    let more = if shown.len() < input.len() {
        " …"
    } else {
        ""
    };
    let (panicked, words) = match words.split_once('\n') {
        Some((first, rest)) if first.starts_with("panicked at ") => (first, rest),
        _ => ("", words),
    };
    [
        panicked,
        &format!("{MINIMAL_INPUT}{shown}{more}"),
        words.trim(),
    ]
    .iter()
    .filter(|part| !part.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join("\n")
}

/// A failure message without proptest's bookkeeping: its counters and its notes about files.
fn without_bookkeeping(message: &str) -> String {
    message
        .lines()
        .filter(|line| {
            let line = line.trim();
            !(line.starts_with("successes:")
                || line.starts_with("local rejects:")
                || line.starts_with("global rejects:")
                || line.starts_with("proptest: "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_failures(step: &StepReport) -> Vec<String> {
    let mut out = Vec::new();
    for (shown, failure) in step.failing.iter().enumerate() {
        let kind = if failure.property {
            " (property test)"
        } else {
            ""
        };
        out.push(wrap_hanging(
            &format!("✗ {}{kind}", failure.name),
            "    ",
            "      ",
        ));
        if shown < SHOWN_IN_FULL {
            let message = failure.message.as_deref().unwrap_or("(no message)");
            out.push(wrap(message, "        "));
        }
    }
    for problem in &step.problems {
        out.push(wrap_hanging(&format!("✗ {problem}"), "    ", "        "));
    }
    out.push(String::new());
    out
}

/// The line under the report: done (and what comes next), or how far along it is.
pub fn verdict(report: &Report, next_module: Option<&Module>) -> String {
    if report.done() {
        let next = match next_module {
            Some(next) => format!(
                "Next module: {} ({}).",
                next.name,
                text::command(&format!("check {}", next.name))
            ),
            None => "That was the last module: you have finished the workshop.".to_string(),
        };
        wrap(
            &format!("✓ Done: all {} tests pass. {next}", report.total),
            "",
        )
    } else if report.compiled {
        format!(
            "✗ Not done yet: {} of {} tests pass.",
            report.passed, report.total
        )
    } else {
        "✗ Not done yet: it does not compile.".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookkeeping_lines_are_removed_and_the_rest_kept() {
        let message = "panicked at t.rs:1:1:\nTest failed: boom.\nminimal failing input: x = 1\n\
                       \tsuccesses: 0\n\tlocal rejects: 0\n\tglobal rejects: 0\nproptest: saving";
        assert_eq!(
            without_bookkeeping(message),
            "panicked at t.rs:1:1:\nTest failed: boom.\nminimal failing input: x = 1"
        );
    }

    #[test]
    fn a_property_tests_input_is_shortened_and_its_words_come_last() {
        let elements = "    0,\n".repeat(70);
        let message = format!(
            "panicked at tests/it.rs:2:1:\nTest failed: 150 is beyond the smaller set, so it is \
             not in both at tests/it.rs:5.\nminimal failing input: v = [], w = [\n{elements}]"
        );
        let shown = input_shortened(&message);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines.len(), 3, "{shown}");
        assert_eq!(lines[0], "panicked at tests/it.rs:2:1:");
        assert!(lines[1].starts_with("minimal failing input: v = [], w = [0, 0, 0,"));
        assert!(lines[1].ends_with(" …"), "{shown}");
        assert!(lines[1].chars().count() <= MINIMAL_INPUT.len() + INPUT_SHOWN + 2);
        assert!(
            lines[2].starts_with("Test failed: 150 is beyond"),
            "{shown}"
        );
        let small = "Test failed: no.\nminimal failing input: x = [\n    1,\n    2,\n]";
        assert_eq!(
            input_shortened(small),
            "minimal failing input: x = [1, 2]\nTest failed: no."
        );
    }

    #[test]
    fn tests_are_found_in_source_order() {
        let source = "#[test]\nfn simple() {}\n#[test]\nfn harder() {}\n";
        assert!(source_position(source, "simple") < source_position(source, "harder"));
        assert!(source_position(source, "mod_a::harder") < usize::MAX);
        assert_eq!(source_position(source, "missing"), usize::MAX);
    }

    fn step_with(failing: Vec<Failure>) -> StepReport {
        StepReport {
            title: "Parse a batch into a buffer you are given, and reuse it, and then some \
                    more words"
                .into(),
            passed: 1,
            total: 1 + failing.len(),
            failing,
            problems: vec!["tests/x.rs: the test program crashed".into()],
        }
    }

    #[test]
    fn the_first_failing_step_is_shown_in_full_within_80_columns() {
        let failure = |name: &str, property| Failure {
            name: name.into(),
            message: Some(format!(
                "panicked at here:\n{}",
                "a long message ".repeat(12)
            )),
            property,
        };
        let report = Report {
            compiled: true,
            diagnostics: Vec::new(),
            steps: vec![
                step_with(vec![failure("simple", false), failure("any input", true)]),
                step_with(vec![failure("later", false)]),
            ],
            passed: 2,
            total: 5,
            step_before: None,
        };
        let shown = report.render(Path::new("exercises/m"));
        assert!(measure::demo::too_wide(&shown).is_empty(), "{shown}");
        assert!(shown.contains("✗ simple\n        panicked at here:"));
        assert!(shown.contains("✗ any input (property test)"));
        assert!(
            !shown.contains("later"),
            "later steps are summarised: {shown}"
        );
        assert!(shown.contains("✗ Step 2: "));
        assert_eq!(report.first_failing_step(), Some(0));
        assert!(!report.done());
    }

    #[test]
    fn code_that_does_not_compile_shows_rustcs_errors_first_and_keeps_the_step() {
        let mut report = Report {
            compiled: false,
            diagnostics: vec!["error[E0308]: mismatched types".into()],
            steps: Vec::new(),
            passed: 0,
            total: 0,
            step_before: None,
        };
        assert_eq!(report.first_failing_step(), Some(0));
        report.step_before = Some(2);
        assert_eq!(report.first_failing_step(), Some(2));
        let shown = report.render(Path::new("exercises/m"));
        assert!(shown.starts_with("error[E0308]"), "{shown}");
        assert!(!report.done());
    }

    #[test]
    fn warnings_follow_the_steps() {
        let report = Report {
            compiled: true,
            diagnostics: vec!["warning: unused variable: `x`".into()],
            steps: vec![step_with(Vec::new())],
            passed: 1,
            total: 2,
            step_before: None,
        };
        let shown = report.render(Path::new("exercises/m"));
        let step = shown.find("Step 1").unwrap();
        let warning = shown.find("warning: unused variable").expect(&shown);
        assert!(step < warning, "{shown}");
    }
}
