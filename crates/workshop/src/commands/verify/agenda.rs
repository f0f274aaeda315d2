//! The instructor's agendas in `docs/src/instructor.md`: each is a heading that states its
//! length (`### A half day: 3 h 30 min`) over a table whose first column is minutes. Each
//! agenda's minutes add up to its stated length (a check of the book), and every module has a
//! row in each (its name in backticks; a check of the module, so that a new module lists it
//! as left to do).

use super::{Outcome, outcome};
use crate::manifest::{Manifest, Module};
use std::path::Path;

/// Where the agendas are, from the repository's root.
pub const CHAPTER: &str = "docs/src/instructor.md";

/// One agenda: its heading, its stated length and its rows (minutes, what).
#[derive(Debug, PartialEq)]
struct Agenda {
    title: String,
    stated: Option<u32>,
    rows: Vec<(u32, String)>,
}

/// Every agenda adds up to its stated length, and there are three.
pub(super) fn agendas_add_up(root: &Path, _manifest: &Manifest) -> Outcome {
    let found = agendas(&read(root)?);
    let mut problems: Vec<String> = found.iter().flat_map(|a| problems(a, &[])).collect();
    if found.len() < 3 {
        problems.push(format!(
            "{CHAPTER}: {} agendas; a half day, a day and two days are three",
            found.len()
        ));
    }
    outcome(
        problems,
        format!("{CHAPTER}: {} agendas add up", found.len()),
    )
}

/// Every agenda has a row for `module`.
pub(super) fn module_in_every_agenda(root: &Path, module: &Module) -> Outcome {
    let found = agendas(&read(root)?);
    let problems: Vec<String> = (found.iter())
        .flat_map(|a| problems(a, &[module.name.as_str()]))
        .filter(|p| p.contains("has no row"))
        .collect();
    outcome(
        problems,
        format!("{CHAPTER}: every agenda has a row for it"),
    )
}

fn read(root: &Path) -> Result<String, Vec<String>> {
    std::fs::read_to_string(root.join(CHAPTER))
        .map_err(|e| vec![format!("{CHAPTER}: cannot read it: {e}")])
}

/// The agendas of `chapter`: each `### title: N h M min` heading with the table under it.
fn agendas(chapter: &str) -> Vec<Agenda> {
    let mut found: Vec<Agenda> = Vec::new();
    let mut in_agenda = false;
    for line in chapter.lines() {
        if let Some(title) = line.strip_prefix("### ") {
            let stated = title
                .rsplit_once(": ")
                .and_then(|(_, length)| minutes(length));
            in_agenda = stated.is_some();
            if in_agenda {
                found.push(Agenda {
                    title: title.to_string(),
                    stated,
                    rows: Vec::new(),
                });
            }
        } else if line.starts_with('#') {
            in_agenda = false;
        } else if let (true, Some(agenda)) = (in_agenda, found.last_mut()) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            if let [_, first, what, ..] = cells.as_slice()
                && let Ok(minutes) = first.parse()
            {
                agenda.rows.push((minutes, what.to_string()));
            }
        }
    }
    found
}

/// `3 h 30 min`, `2 h` or `45 min` in minutes.
fn minutes(length: &str) -> Option<u32> {
    let words: Vec<&str> = length.split_whitespace().collect();
    let mut total = 0;
    for pair in words.chunks(2) {
        let [number, unit] = pair else { return None };
        let number: u32 = number.parse().ok()?;
        total += match *unit {
            "h" => number * 60,
            "min" => number,
            _ => return None,
        };
    }
    (total > 0).then_some(total)
}

fn problems(agenda: &Agenda, modules: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let sum: u32 = agenda.rows.iter().map(|(minutes, _)| minutes).sum();
    if Some(sum) != agenda.stated {
        problems.push(format!(
            "{CHAPTER}: \"{}\" adds up to {sum} min, not {} min",
            agenda.title,
            agenda.stated.unwrap_or_default()
        ));
    }
    for module in modules {
        let named = format!("`{module}`");
        if !agenda.rows.iter().any(|(_, what)| what.contains(&named)) {
            problems.push(format!(
                "{CHAPTER}: \"{}\" has no row for {named}",
                agenda.title
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAPTER_TEXT: &str = "# Teaching it\n\n### A short one: 1 h 5 min\n\n\
        | minutes | what |\n|---:|---|\n| 15 | welcome |\n| 50 | `one`: demo and exercise |\n\n\
        Notes.\n\n### Not an agenda\n\n| 99 | ignored |\n\n\
        ### Another: 30 min\n\n| 20 | `one` |\n| 5 | `two` |\n## Next\n| 7 | outside |\n";

    #[test]
    fn agendas_are_read_with_their_lengths_and_rows() {
        let found = agendas(CHAPTER_TEXT);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].title, "A short one: 1 h 5 min");
        assert_eq!(found[0].stated, Some(65));
        assert_eq!(
            found[0].rows,
            [
                (15, "welcome".to_string()),
                (50, "`one`: demo and exercise".into())
            ]
        );
        assert_eq!((found[1].stated, found[1].rows.len()), (Some(30), 2));
    }

    #[test]
    fn lengths_in_hours_and_minutes() {
        assert_eq!(minutes("3 h 30 min"), Some(210));
        assert_eq!(minutes("2 h"), Some(120));
        assert_eq!(minutes("45 min"), Some(45));
        assert_eq!(minutes("two days"), None);
        assert_eq!(minutes("3 h 30"), None);
        assert_eq!(minutes("0 min"), None);
    }

    #[test]
    fn a_wrong_sum_and_a_missing_module_are_named() {
        let found = agendas(CHAPTER_TEXT);
        assert!(problems(&found[0], &["one"]).is_empty());
        let short = problems(&found[1], &["one", "two", "three"]);
        assert_eq!(short.len(), 2, "{short:?}");
        assert!(short[0].contains("\"Another: 30 min\" adds up to 25 min, not 30 min"));
        assert!(short[1].contains("no row for `three`"));
    }
}
