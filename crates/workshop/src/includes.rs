//! The book's `{{#include file}}` directives, resolved as mdbook resolves them, so that `verify`
//! can fail on one that yields nothing (mdbook itself silently renders an empty block for a
//! misspelt anchor or a line range past the end of the file).
//!
//! The forms: `{{#include file}}` (the whole file), `{{#include file:anchor}}` (the lines between
//! `ANCHOR: anchor` and `ANCHOR_END: anchor`, without other anchor lines), `{{#include file:N}}`
//! (line N), `{{#include file:N:M}}`, `{{#include file:N:}}` and `{{#include file::M}}` (line
//! ranges, from 1, inclusive). `{{#rustdoc_include …}}` takes the same forms.

use std::path::Path;

/// The book's code column: no line of a code block may be wider, in characters. mdbook's
/// page shows about 84 of its code font before a block scrolls; 80 is also a terminal's and
/// a projector's width, and the module crates are formatted to it (`rustfmt.toml`).
pub const CODE_COLUMN: usize = 80;

/// One include directive in a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    /// The line of the chapter it is on, from 1.
    pub line: usize,
    /// The file, relative to the chapter's folder.
    pub file: String,
    pub part: Part,
    /// It stands inside a fenced code block, so what it yields is shown as code.
    pub in_code: bool,
}

/// Which part of the file an include takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Whole,
    Anchor(String),
    /// Lines from `start` to `end`, from 1, inclusive; `None` is the file's first or last line.
    Lines {
        start: Option<usize>,
        end: Option<usize>,
    },
}

impl std::fmt::Display for Include {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |n: Option<usize>| n.map_or(String::new(), |n| n.to_string());
        match &self.part {
            Part::Whole => write!(f, "{{{{#include {}}}}}", self.file),
            Part::Anchor(anchor) => write!(f, "{{{{#include {}:{anchor}}}}}", self.file),
            Part::Lines { start, end } if start == end => {
                write!(f, "{{{{#include {}:{}}}}}", self.file, show(*start))
            }
            Part::Lines { start, end } => {
                write!(
                    f,
                    "{{{{#include {}:{}:{}}}}}",
                    self.file,
                    show(*start),
                    show(*end)
                )
            }
        }
    }
}

/// Every include directive in `chapter` (a `\{{#include …}}` is escaped and not one).
pub fn find(chapter: &str) -> Vec<Include> {
    let mut found = Vec::new();
    let mut in_code = false;
    for (index, line) in chapter.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let mut rest = line;
        while let Some(at) = rest.find("{{#") {
            let escaped = rest[..at].ends_with('\\');
            let after = &rest[at + 3..];
            let Some(close) = after.find("}}") else {
                break;
            };
            let directive = &after[..close];
            rest = &after[close + 2..];
            let arguments = directive
                .strip_prefix("include ")
                .or_else(|| directive.strip_prefix("rustdoc_include "));
            if let (Some(arguments), false) = (arguments, escaped) {
                found.push(Include {
                    in_code,
                    ..parse(index + 1, arguments.trim())
                });
            }
        }
    }
    found
}

fn parse(line: usize, arguments: &str) -> Include {
    let mut pieces = arguments.splitn(3, ':');
    let file = pieces.next().unwrap_or_default().to_string();
    let number = |s: &str| s.trim().parse::<usize>().ok();
    let part = match (pieces.next(), pieces.next()) {
        (None, _) => Part::Whole,
        (Some(single), None) => match number(single) {
            Some(n) => Part::Lines {
                start: Some(n),
                end: Some(n),
            },
            None => Part::Anchor(single.trim().to_string()),
        },
        (Some(start), Some(end)) => Part::Lines {
            start: number(start),
            end: number(end),
        },
    };
    Include {
        line,
        file,
        part,
        in_code: false,
    }
}

/// What the include yields from `text`, the included file's contents; `Err` says why it yields
/// nothing.
pub fn resolve(text: &str, part: &Part) -> Result<String, String> {
    let lines: Vec<&str> = text.lines().collect();
    let taken = match part {
        Part::Whole => text.to_string(),
        Part::Anchor(anchor) => take_anchor(&lines, anchor)?,
        Part::Lines { start, end } => {
            let first = start.unwrap_or(1).max(1);
            let last = end.unwrap_or(lines.len()).min(lines.len());
            if first > last {
                return Err(format!(
                    "the file has {} lines, so lines {first} to {} are empty",
                    lines.len(),
                    end.map_or("its end".to_string(), |e| e.to_string())
                ));
            }
            lines[first - 1..last].join("\n")
        }
    };
    if taken.trim().is_empty() {
        Err("it includes only blank text".to_string())
    } else {
        Ok(taken)
    }
}

/// The lines between `ANCHOR: anchor` and `ANCHOR_END: anchor`, read as mdbook reads them: a
/// marker counts anywhere in a line (a comment that mentions one starts the anchor there), so
/// an anchor that starts on two lines is refused, as is one that never ends.
fn take_anchor(lines: &[&str], anchor: &str) -> Result<String, String> {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| anchor_name(lines[i], "ANCHOR:") == Some(anchor))
        .collect();
    let (&start, later) = starts
        .split_first()
        .ok_or_else(|| format!("there is no `ANCHOR: {anchor}` in the file"))?;
    if let Some(second) = later.first() {
        return Err(format!(
            "`ANCHOR: {anchor}` stands on lines {} and {}; mdbook starts at the first, so \
             reword the line that only mentions it",
            start + 1,
            second + 1
        ));
    }
    let end = lines[start..]
        .iter()
        .position(|l| anchor_name(l, "ANCHOR_END:") == Some(anchor))
        .ok_or_else(|| format!("`ANCHOR: {anchor}` has no `ANCHOR_END: {anchor}`"))?;
    Ok(lines[start + 1..start + end]
        .iter()
        .filter(|l| anchor_name(l, "ANCHOR:").is_none() && anchor_name(l, "ANCHOR_END:").is_none())
        .copied()
        .collect::<Vec<_>>()
        .join("\n"))
}

/// The anchor a line starts (`marker` is `ANCHOR:`) or ends (`ANCHOR_END:`), as mdbook finds
/// it: the first `marker` anywhere in the line followed, after any white space, by a name of
/// word characters and `-`.
fn anchor_name<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.match_indices(marker).find_map(|(at, _)| {
        let rest = line[at + marker.len()..].trim_start();
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

/// Every include of `chapter_text` (the chapter at `chapter`, under `root`) that yields nothing,
/// or that puts a line wider than [`CODE_COLUMN`] in a code block, as
/// `chapter:line: {{#include …}}: why`.
pub fn broken(root: &Path, chapter: &Path, chapter_text: &str) -> Vec<String> {
    let folder = chapter.parent().unwrap_or(Path::new(""));
    find(chapter_text)
        .into_iter()
        .filter_map(|include| {
            let path = root.join(folder).join(&include.file);
            let why = match std::fs::read_to_string(&path) {
                Err(error) => format!("cannot read {}: {error}", include.file),
                Ok(text) => match resolve(&text, &include.part) {
                    Err(why) => why,
                    Ok(taken) if include.in_code => too_wide(&taken)?,
                    Ok(_) => return None,
                },
            };
            Some(format!(
                "{}:{}: {include}: {why}",
                chapter.display(),
                include.line
            ))
        })
        .collect()
}

/// The first line of `code` wider than [`CODE_COLUMN`], said as a problem.
fn too_wide(code: &str) -> Option<String> {
    let (number, line) = code
        .lines()
        .enumerate()
        .find(|(_, l)| l.chars().count() > CODE_COLUMN)?;
    let wide = code
        .lines()
        .filter(|l| l.chars().count() > CODE_COLUMN)
        .count();
    Some(format!(
        "{wide} line(s) wider than the book's {CODE_COLUMN} columns, the first its line {} \
         ({} columns): {}",
        number + 1,
        line.chars().count(),
        line.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
fn a() {}
// ANCHOR: main
fn main() {
    // ANCHOR: inner
    body();
    // ANCHOR_END: inner
}
// ANCHOR_END: main
// ANCHOR: empty
// ANCHOR_END: empty
";

    #[test]
    fn finds_every_form_and_skips_escaped_ones() {
        let chapter = "text\n```\n{{#include ../a.rs:main}} and {{#include b.snap:4:}}\n\
                       \\{{#include not.rs}}\n{{#rustdoc_include c.rs::3}} {{#include d.rs}}\n\
                       {{#include e.rs:7}} {{#title x}}";
        let found: Vec<String> = find(chapter)
            .iter()
            .map(|i| format!("{}|{i}", i.line))
            .collect();
        assert_eq!(
            found,
            [
                "3|{{#include ../a.rs:main}}",
                "3|{{#include b.snap:4:}}",
                "5|{{#include c.rs::3}}",
                "5|{{#include d.rs}}",
                "6|{{#include e.rs:7}}",
            ]
        );
    }

    #[test]
    fn anchors_take_their_lines_without_other_anchor_markers() {
        let anchor = |a: &str| resolve(SOURCE, &Part::Anchor(a.into()));
        assert_eq!(anchor("main").unwrap(), "fn main() {\n    body();\n}");
        assert_eq!(anchor("inner").unwrap(), "    body();");
        assert!(anchor("mai").unwrap_err().contains("no `ANCHOR: mai`"));
        assert!(anchor("empty").unwrap_err().contains("blank"));
        let unclosed = resolve("// ANCHOR: x\nline\n", &Part::Anchor("x".into()));
        assert!(unclosed.unwrap_err().contains("no `ANCHOR_END: x`"));
    }

    #[test]
    fn a_marker_counts_anywhere_in_a_line_as_in_mdbook() {
        let mentioned =
            "//! the chapter includes it (`ANCHOR: x`).\n// ANCHOR: x\nbody\n// ANCHOR_END: x\n";
        let twice = resolve(mentioned, &Part::Anchor("x".into())).unwrap_err();
        assert!(twice.contains("lines 1 and 2"), "{twice}");
        let glued = "/* ANCHOR:y */\nbody\n/* ANCHOR_END:y */\n";
        assert_eq!(resolve(glued, &Part::Anchor("y".into())).unwrap(), "body");
        assert_eq!(anchor_name("x ANCHOR: a-b_1`", "ANCHOR:"), Some("a-b_1"));
        assert_eq!(anchor_name("ANCHOR: ` ANCHOR: z", "ANCHOR:"), Some("z"));
        assert_eq!(anchor_name("ANCHOR_END: z", "ANCHOR:"), None);
        assert_eq!(anchor_name("ANCHOR:", "ANCHOR:"), None);
    }

    #[test]
    fn line_ranges_count_from_one_and_fail_past_the_end() {
        let lines = |start, end| resolve("one\ntwo\nthree\n", &Part::Lines { start, end });
        assert_eq!(lines(Some(2), None).unwrap(), "two\nthree");
        assert_eq!(lines(None, Some(1)).unwrap(), "one");
        assert_eq!(lines(Some(3), Some(3)).unwrap(), "three");
        assert_eq!(lines(Some(2), Some(99)).unwrap(), "two\nthree");
        assert!(lines(Some(4), None).unwrap_err().contains("3 lines"));
        assert!(resolve("\n \n", &Part::Whole).is_err());
        assert_eq!(resolve("x\n", &Part::Whole).unwrap(), "x\n");
    }

    #[test]
    fn broken_names_the_chapter_line_include_and_reason() {
        let root = std::env::temp_dir().join(format!("workshop-includes-{}", std::process::id()));
        std::fs::create_dir_all(root.join("docs/src")).unwrap();
        std::fs::write(root.join("code.rs"), SOURCE).unwrap();
        let chapter = Path::new("docs/src/m.md");
        let text = "{{#include ../../code.rs:main}}\n{{#include ../../code.rs:mian}}\n\
                    {{#include ../../gone.rs}}";
        let broken = broken(&root, chapter, text);
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(broken.len(), 2, "{broken:?}");
        assert!(
            broken[0].starts_with("docs/src/m.md:2: {{#include ../../code.rs:mian}}: ")
                && broken[0].contains("no `ANCHOR: mian`"),
            "{}",
            broken[0]
        );
        assert!(broken[1].starts_with("docs/src/m.md:3: {{#include ../../gone.rs}}: cannot read"));
    }

    #[test]
    fn a_line_wider_than_the_code_column_fails_only_inside_a_code_block() {
        let root = std::env::temp_dir().join(format!("workshop-wide-{}", std::process::id()));
        std::fs::create_dir_all(root.join("docs/src")).unwrap();
        let wide = format!(
            "short\n{}\n{}\n",
            "w".repeat(CODE_COLUMN + 1),
            "é".repeat(CODE_COLUMN)
        );
        std::fs::write(root.join("wide.txt"), &wide).unwrap();
        let chapter = Path::new("docs/src/m.md");
        let text = "{{#include ../../wide.txt}}\n```text\n{{#include ../../wide.txt}}\n```\n";
        let found = find(text);
        assert_eq!((found[0].in_code, found[1].in_code), (false, true));
        let broken = broken(&root, chapter, text);
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(
            broken[0].starts_with("docs/src/m.md:3: ")
                && broken[0].contains("1 line(s) wider than the book's 80 columns")
                && broken[0].contains("its line 2 (81 columns)"),
            "{}",
            broken[0]
        );
    }
}
