//! Checks that read a module's files without building anything.

use super::{Outcome, outcome};
use crate::includes;
use crate::manifest::{MANIFEST_PATH, Module, NAIVE_FEATURE};
use crate::solution_tests;
use std::path::{Path, PathBuf};

/// The chapter's sections, in order (section 7 of the module standard).
pub const CHAPTER_SECTIONS: [&str; 7] = [
    "The .NET way",
    "The Rust way",
    "Run the demo",
    "The exercise",
    "What we measured",
    "Pitfalls",
    "Further reading",
];

pub fn checks(root: &Path, module: &Module) -> Vec<Outcome> {
    vec![
        pieces_present(root, module),
        tests_match_steps(root, module),
        one_test_per_heap_test_file(root, module),
        solution_runs_the_suite(root, module),
        naive_baseline_declared(root, module),
        chapter_complete(root, module),
        nothing_left_to_do(root, module),
        unsafe_marked(root, module),
        hints_tell_last(root, module),
        bench_summary_current(root, module),
        super::agenda::module_in_every_agenda(root, module),
    ]
}

/// The three crates, the chapter, a reviewed snapshot, a benchmark and its recorded results.
pub(super) fn pieces_present(root: &Path, module: &Module) -> Outcome {
    let mut missing = Vec::new();
    for dir in [module.demo(), module.exercise(), module.solution()] {
        let manifest = dir.join("Cargo.toml");
        if !root.join(&manifest).is_file() {
            missing.push(format!("missing: {}", slash(&manifest)));
        }
    }
    if !root.join(module.chapter()).is_file() {
        missing.push(format!("missing: the chapter {}", slash(&module.chapter())));
    }
    let snapshots = files_with_extension(root, &module.snapshots(), "snap");
    if snapshots.is_empty() {
        missing.push(format!(
            "missing: a snapshot of the demo's output (a .snap file) in {}",
            slash(&module.snapshots())
        ));
    }
    for pending in files_with_extension(root, &module.snapshots(), "new") {
        missing.push(format!(
            "{}: a pending snapshot; review it with `cargo insta review`",
            slash(&pending)
        ));
    }
    let twin = module.twin();
    let project = twin.join(format!(
        "{}.csproj",
        twin.file_name().unwrap_or_default().to_string_lossy()
    ));
    if !root.join(&project).is_file() {
        missing.push(format!(
            "missing: the C# twin, {} (SDK-style, net8.0, in C# that Mono's mcs compiles)",
            slash(&project)
        ));
    }
    let benches = module.demo().join("benches");
    if files_with_extension(root, &benches, "rs").is_empty() {
        missing.push(format!("missing: a divan benchmark in {}", slash(&benches)));
    }
    if !root.join(module.bench_record()).is_file() {
        missing.push(format!(
            "missing: {}, recorded with the machine by `just bench {}`",
            slash(&module.bench_record()),
            module.name
        ));
    }
    outcome(
        missing,
        "crates, chapter, snapshot, benchmark results and C# twin present",
    )
}

/// Every file in the exercise's `tests/` belongs to a step, and every step's tests exist.
pub(super) fn tests_match_steps(root: &Path, module: &Module) -> Outcome {
    let tests = module.tests();
    // Only the files directly in tests/ are test targets; tests/common/ and such are helpers.
    let files: Vec<PathBuf> = files_with_extension(root, &tests, "rs")
        .into_iter()
        .filter(|f| f.parent() == Some(tests.as_path()))
        .collect();
    let mut problems = Vec::new();
    for file in &files {
        let stem = file.file_stem().unwrap_or_default().to_string_lossy();
        if module.step_of(&stem).is_none() {
            problems.push(format!(
                "{} belongs to no step: add `{stem}` to a step's tests in {MANIFEST_PATH}",
                slash(file)
            ));
        }
    }
    for test in module.step_tests() {
        if !root.join(&tests).join(format!("{test}.rs")).is_file() {
            problems.push(format!(
                "{MANIFEST_PATH} names the test `{test}` for {}, but {}/{test}.rs does not exist",
                module.name,
                slash(&tests)
            ));
        }
    }
    outcome(
        problems,
        format!(
            "every test file belongs to a step ({} files)",
            module.step_tests().count()
        ),
    )
}

/// A file whose tests run under dhat's allocator holds one test: dhat counts the whole
/// process, so a second test running beside it on another thread would be counted too.
pub(super) fn one_test_per_heap_test_file(root: &Path, module: &Module) -> Outcome {
    let mut problems = Vec::new();
    let mut heap_files = 0;
    for file in files_with_extension(root, &module.tests(), "rs") {
        let text = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
        if !text.contains("dhat::Alloc") {
            continue;
        }
        heap_files += 1;
        let tests = text.matches("#[test]").count() + text.matches("proptest!").count();
        if tests != 1 {
            problems.push(format!(
                "{} installs dhat's allocator and has {tests} tests: dhat counts the whole \
                 process, so keep one test per heap-test file",
                slash(&file)
            ));
        }
    }
    outcome(
        problems,
        format!("each of its {heap_files} heap-test files holds one test"),
    )
}

/// The solution's `Cargo.toml` runs the exercise's tests through the generated block, and
/// names no test by hand.
pub(super) fn solution_runs_the_suite(root: &Path, module: &Module) -> Outcome {
    let path = module.solution().join("Cargo.toml");
    let text = std::fs::read_to_string(root.join(&path))
        .map_err(|e| vec![format!("{}: cannot read it: {e}", slash(&path))])?;
    let mut problems = Vec::new();
    if solution_tests::synced(&text, module) != text {
        problems.push(format!(
            "{}: its list of the exercise's tests is stale; run `cargo workshop \
             dev sync`",
            slash(&path)
        ));
    }
    if solution_tests::has_hand_written_tests(&text) {
        problems.push(format!(
            "{}: a [[test]] written by hand, outside the generated block: the suite is the \
             exercise's tests/ and nothing else",
            slash(&path)
        ));
    }
    outcome(
        problems,
        "the solution runs the exercise's tests (generated list)",
    )
}

/// The memory tests are named, they are step tests, and the solution has the naive feature.
pub(super) fn naive_baseline_declared(root: &Path, module: &Module) -> Outcome {
    let mut problems = Vec::new();
    if module.naive_must_fail.is_empty() {
        problems.push(format!(
            "{MANIFEST_PATH}: {} names no memory test in naive_must_fail: the module standard \
             wants dhat tests that the naive baseline fails",
            module.name
        ));
    }
    for test in &module.naive_must_fail {
        if module.step_of(test).is_none() {
            problems.push(format!(
                "{MANIFEST_PATH}: naive_must_fail names `{test}`, which is no step's test"
            ));
        }
    }
    let path = module.solution().join("Cargo.toml");
    let declared = std::fs::read_to_string(root.join(&path))
        .ok()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .is_some_and(|t| {
            t.get("features")
                .and_then(|f| f.get(NAIVE_FEATURE))
                .is_some()
        });
    if !declared {
        problems.push(format!(
            "{}: no `{NAIVE_FEATURE}` feature that swaps in the exercise's starting point",
            slash(&path)
        ));
    }
    outcome(
        problems,
        format!("the naive baseline is the `{NAIVE_FEATURE}` feature"),
    )
}

/// The chapter has the standard's sections in order, and includes code from the solution or
/// the exercise, the demo's snapshot and the recorded benchmark results.
pub(super) fn chapter_complete(root: &Path, module: &Module) -> Outcome {
    let path = module.chapter();
    let Ok(text) = std::fs::read_to_string(root.join(&path)) else {
        return Err(vec![format!("missing: the chapter {}", slash(&path))]);
    };
    let mut problems = Vec::new();
    let headings: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(str::trim)
        .collect();
    let mut from = 0;
    for section in CHAPTER_SECTIONS {
        match headings[from..].iter().position(|h| *h == section) {
            Some(at) => from += at + 1,
            None => problems.push(format!(
                "{}: no `## {section}` section (in this order: {})",
                slash(&path),
                CHAPTER_SECTIONS.join(", ")
            )),
        }
    }
    let folder = path.parent().unwrap_or(Path::new(""));
    let included: Vec<PathBuf> = includes::find(&text)
        .iter()
        .map(|i| normalise(&folder.join(&i.file)))
        .collect();
    let wanted = [
        (
            "code from the solution or the exercise",
            vec![module.solution().join("src"), module.exercise().join("src")],
        ),
        ("the demo's snapshot", vec![module.snapshots()]),
        (
            "the benchmarks' summary",
            vec![module.bench_record().with_extension("md")],
        ),
    ];
    for (what, sources) in wanted {
        if !included
            .iter()
            .any(|i| sources.iter().any(|s| i.starts_with(s)))
        {
            problems.push(format!(
                "{}: no {{{{#include}}}} of {what} ({})",
                slash(&path),
                sources
                    .iter()
                    .map(|s| slash(s))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ));
        }
    }
    outcome(
        problems,
        "the chapter has every section and includes code, output and results",
    )
}

/// The benchmarks' summary (table and chart) is what `workshop dev bench-summary` makes of
/// the recorded results: written after the last recording, and not edited by hand.
pub(super) fn bench_summary_current(root: &Path, module: &Module) -> Outcome {
    let mut problems = Vec::new();
    for record in module.bench_records(root) {
        let scratch = std::env::temp_dir().join(format!(
            "workshop-bench-{}-{}.svg",
            module.name,
            std::process::id()
        ));
        let made = crate::bench::summarise(root, module, &record, &scratch);
        let chart = std::fs::read(&scratch);
        let _ = std::fs::remove_file(&scratch);
        let (table, svg) = (record.with_extension("md"), record.with_extension("svg"));
        match made {
            Err(error) => problems.push(format!("{error:#}")),
            Ok(made)
                if std::fs::read_to_string(root.join(&table)).ok().as_ref() != Some(&made)
                    || std::fs::read(root.join(&svg)).ok() != chart.ok() =>
            {
                problems.push(format!(
                    "{} or {} is not what {} gives: run `cargo workshop dev bench-summary {}`",
                    slash(&table),
                    slash(&svg),
                    slash(&record),
                    module.name
                ))
            }
            Ok(_) => {}
        }
    }
    outcome(
        problems,
        "the benchmarks' summaries are made from the recorded results",
    )
}

/// No `TODO` left in the demo crate, the solution, the chapter or the module's manifest entry
/// (the exercise's `TODO`s are the attendee's tasks, and stay).
/// A step's hints guide before they tell: only its last hint may show a block of code (more
/// than one line), so an attendee who asks once gets a direction, not the answer.
pub(super) fn hints_tell_last(_root: &Path, module: &Module) -> Outcome {
    let mut problems = Vec::new();
    for (number, step) in module.steps.iter().enumerate() {
        let before_last = step.hints.len().saturating_sub(1);
        for (index, hint) in step.hints.iter().enumerate().take(before_last) {
            if shows_a_code_block(hint) {
                problems.push(format!(
                    "{MANIFEST_PATH}: {} step {}, hint {} of {} shows a block of code: only a \
                     step's last hint may",
                    module.name,
                    number + 1,
                    index + 1,
                    step.hints.len()
                ));
            }
        }
    }
    outcome(problems, "hints show code last")
}

/// A fenced block, or a code span over more than one line.
fn shows_a_code_block(hint: &str) -> bool {
    hint.contains("```")
        || hint
            .split('`')
            .skip(1)
            .step_by(2)
            .any(|code| code.contains('\n'))
}

pub(super) fn nothing_left_to_do(root: &Path, module: &Module) -> Outcome {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for dir in [module.demo(), module.solution()] {
        files.extend(files_with_extension(root, &dir, "rs"));
        files.push(dir.join("Cargo.toml"));
    }
    files.push(module.chapter());
    for file in files {
        let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            if has_todo(line) {
                problems.push(format!("{}:{}: {}", slash(&file), number + 1, line.trim()));
            }
        }
    }
    let entry = std::iter::once(&module.title)
        .chain(module.steps.iter().map(|s| &s.title))
        .chain(module.steps.iter().flat_map(|s| &s.hints));
    for text in entry.filter(|t| has_todo(t)) {
        problems.push(format!("{MANIFEST_PATH} ({}): {text}", module.name));
    }
    outcome(problems, "no TODO left outside the exercise")
}

/// A `TODO` that is a placeholder, not a mention of the word in backquotes.
fn has_todo(line: &str) -> bool {
    line.match_indices("TODO")
        .any(|(at, _)| !line[..at].ends_with('`'))
}

/// A module with `unsafe` code is marked `unsafe = true` in the manifest, so that CI runs its
/// tests under valgrind, and each of its crates takes the workspace's lints, where clippy's
/// `undocumented_unsafe_blocks` refuses an `unsafe` block without a `// SAFETY:` comment.
pub(super) fn unsafe_marked(root: &Path, module: &Module) -> Outcome {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for dir in [module.demo(), module.exercise(), module.solution()] {
        let manifest = dir.join("Cargo.toml");
        let lints = std::fs::read_to_string(root.join(&manifest))
            .ok()
            .and_then(|text| text.parse::<toml::Table>().ok())
            .and_then(|t| t.get("lints")?.get("workspace")?.as_bool());
        if lints != Some(true) {
            problems.push(format!(
                "{}: no `[lints] workspace = true`, so clippy does not hold its unsafe blocks \
                 to a `// SAFETY:` comment",
                slash(&manifest)
            ));
        }
        for file in files_with_extension(root, &dir, "rs") {
            let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
                continue;
            };
            for (index, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if is_unsafe_code(code) {
                    found.push(format!("{}:{}", slash(&file), index + 1));
                }
            }
        }
    }
    if !found.is_empty() && !module.has_unsafe {
        problems.push(format!(
            "{} has unsafe code ({}), but {MANIFEST_PATH} does not mark it `unsafe = true`, so \
             CI would not run its tests under valgrind",
            module.name,
            found.join(", ")
        ));
    }
    let note = if found.is_empty() {
        "no unsafe code; the workspace's lints".to_string()
    } else {
        format!(
            "{} unsafe sites, marked for valgrind; clippy wants a SAFETY comment on each",
            found.len()
        )
    };
    outcome(problems, note)
}

fn is_unsafe_code(code: &str) -> bool {
    ["{", "fn", "impl", "extern", "trait"]
        .iter()
        .any(|after| code.contains(&["unsafe", after].join(" ")))
}

/// The files under `dir` (relative to `root`, `target/` left out) whose names end in `.ext`,
/// as paths relative to `root`, sorted. A missing folder has none.
fn files_with_extension(root: &Path, dir: &Path, ext: &str) -> Vec<PathBuf> {
    crate::files::under(&root.join(dir))
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == ext))
        .map(|f| dir.join(f))
        .collect()
}

/// `a/b/../c` becomes `a/c`.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todo_placeholders_are_found_and_mentions_are_not() {
        assert!(has_todo("// TODO: measure it"));
        assert!(shows_a_code_block("Like this:\n```\nlet x = 1;\n```"));
        assert!(shows_a_code_block("`let x = 1;\nlet y = 2;`"));
        assert!(!shows_a_code_block(
            "Call `iter()`, then `sum()`.\nOn a new line."
        ));
        assert!(has_todo("## Pitfalls\nTODO"));
        assert!(!has_todo("the functions marked `TODO` are yours"));
        assert!(!has_todo("nothing to do"));
    }

    #[test]
    fn unsafe_code_is_recognised_outside_comments_only() {
        assert!(is_unsafe_code(concat!("    let x = unsafe", " { f() };")));
        assert!(is_unsafe_code("unsafe impl GlobalAlloc for A {"));
        assert!(!is_unsafe_code("let unsafe_ok = 1;"));
    }

    #[test]
    fn normalise_folds_parent_folders() {
        assert_eq!(
            normalise(Path::new("docs/src/../../solutions/m/src/lib.rs")),
            Path::new("solutions/m/src/lib.rs")
        );
    }
}
