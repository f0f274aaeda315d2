//! Every line the attendee's commands print fits the terminal, at most the 80 columns a
//! projector shows, and every command they print can be pasted: it stands whole on one line,
//! at 60, 80 and 120 columns. `list`, `hint`, `doctor`, `check`'s report (on the shipped stub
//! in CI; on an attendee's laptop, on whatever they have written so far) and the messages of
//! `reset` and `restore` that name a command; `check` leaves the exercise's files as they
//! were. The demos' output is held to 80 columns by their snapshot tests
//! (`measure::assert_demo_snapshot!`).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The terminal widths tried (`COLUMNS` stands for the terminal).
const WIDTHS: [usize; 3] = [60, 80, 120];

/// Runs `workshop ARGS` as on a terminal `width` columns wide, with `typed` on its standard
/// input and its state in a fresh temporary folder; returns what it printed (stdout, then
/// stderr).
fn workshop_at(width: usize, args: &[&str], typed: &str) -> String {
    let state = std::env::temp_dir().join(format!(
        "workshop-state-{}-{width}-{}",
        std::process::id(),
        args.join("-")
    ));
    let mut child = Command::new(env!("CARGO_BIN_EXE_workshop"))
        .args(args)
        .env("WORKSHOP_STATE_DIR", &state)
        .env("COLUMNS", width.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the workshop binary runs");
    let mut stdin = child.stdin.take().expect("its stdin");
    stdin.write_all(typed.as_bytes()).expect("typing");
    drop(stdin);
    let output = child.wait_with_output().expect("the workshop binary ends");
    let _ = std::fs::remove_dir_all(&state);
    let printed = format!(
        "{}{}",
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8")
    );
    let fits = width.min(measure::demo::COLUMNS);
    let wide: Vec<&str> = printed
        .lines()
        .filter(|line| line.chars().count() > fits)
        .collect();
    assert!(
        wide.is_empty(),
        "`workshop {}` at {width} columns printed lines wider than {fits}:\n{}",
        args.join(" "),
        wide.join("\n")
    );
    let broken: Vec<&str> = printed
        .lines()
        .filter(|line| line.matches('`').count() % 2 == 1)
        .collect();
    assert!(
        broken.is_empty(),
        "`workshop {}` at {width} columns broke a command over lines:\n{}",
        args.join(" "),
        broken.join("\n")
    );
    printed
}

/// [`workshop_at`] at every width of [`WIDTHS`], nothing typed; what it printed at 80 columns.
fn workshop(args: &[&str]) -> String {
    typing(args, "")
}

/// [`workshop`], with `typed` on its standard input.
fn typing(args: &[&str], typed: &str) -> String {
    let mut at_80 = String::new();
    for width in WIDTHS {
        let printed = workshop_at(width, args, typed);
        if width == 80 {
            at_80 = printed;
        }
    }
    at_80
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
fn reset_and_restore_print_their_commands_whole() {
    let module = first_module();
    // No terminal to ask on: reset changes nothing and says how to confirm.
    let reset = workshop(&["reset", &module]);
    assert!(
        reset.contains(&format!("`cargo workshop reset {module} --yes`")),
        "{reset}"
    );
    let restore = workshop(&["restore", &module, "no-such-backup"]);
    assert!(restore.contains("no-such-backup"), "{restore}");
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
    // watch, checking when Enter is pressed: a check, a hint (h), and q.
    let watched = typing(&["watch", &module, "--manual"], "h\nq\n");
    assert!(watched.contains("Hint for step 1"), "{watched}");
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
