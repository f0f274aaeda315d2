//! Every line the attendee's commands print fits in 80 columns, what a projector shows: `list`,
//! `hint`, `doctor`, and `check`'s report (on the shipped stub in CI; on an attendee's laptop,
//! on whatever they have written so far), and `check` leaves the exercise's files as they were. The demos' output is held to the same width by their
//! snapshot tests (`measure::assert_demo_snapshot!`).

use std::path::PathBuf;
use std::process::Command;

/// Runs `workshop ARGS` with its state in a fresh temporary folder; returns its stdout.
fn workshop(args: &[&str]) -> String {
    let state = std::env::temp_dir().join(format!(
        "workshop-state-{}-{}",
        std::process::id(),
        args.join("-")
    ));
    let output = Command::new(env!("CARGO_BIN_EXE_workshop"))
        .args(args)
        .env("WORKSHOP_STATE_DIR", &state)
        .output()
        .expect("the workshop binary runs");
    let _ = std::fs::remove_dir_all(&state);
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let wide = measure::demo::too_wide(&stdout);
    assert!(
        wide.is_empty(),
        "`workshop {}` printed lines wider than {} columns:\n{}",
        args.join(" "),
        measure::demo::COLUMNS,
        wide.join("\n")
    );
    stdout
}

fn first_module() -> String {
    let manifest = std::fs::read_to_string(repository().join("exercises/modules.toml")).unwrap();
    let line = manifest.lines().find(|l| l.starts_with("name = ")).unwrap();
    line.trim_start_matches("name = ")
        .trim_matches('"')
        .to_string()
}

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn list_hint_and_doctor_fit_in_80_columns() {
    let module = first_module();
    assert!(workshop(&["list"]).contains(&module));
    let hint = workshop(&["hint", &module]);
    assert!(hint.contains("Hint for step 1 (1 of"), "{hint}");
    assert!(
        hint.contains(&format!("`cargo workshop hint {module}`")),
        "{hint}"
    );
    let doctor = workshop(&["doctor", "--quick"]);
    assert!(doctor.contains("✓ Rust "), "{doctor}");
}

#[test]
fn checking_an_exercise_fits_in_80_columns_and_changes_no_file() {
    let module = first_module();
    let exercise = repository().join("exercises").join(&module);
    let before = snapshot(&exercise);
    let report = workshop(&["check", &module]);
    assert!(report.contains(" Step 1: "), "{report}");
    assert_eq!(
        snapshot(&exercise),
        before,
        "check changed files in {}",
        exercise.display()
    );
}

/// Every file under `dir` with its contents, sorted.
fn snapshot(dir: &std::path::Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}
