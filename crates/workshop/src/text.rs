//! How the workshop talks: the command form an attendee can paste, and text wrapped to the 80
//! columns a projector shows.

/// The widest line the workshop prints: what a projector shows, as for the demos.
pub const COLUMNS: usize = measure::demo::COLUMNS;

/// A command an attendee can paste, anywhere in the repository, with only the Rust toolchain:
/// `.cargo/config.toml` makes `cargo workshop` an alias for `cargo run --release -p workshop --`.
pub fn command(arguments: &str) -> String {
    format!("`cargo workshop {arguments}`")
}

/// The width the workshop wraps to: the terminal's, at most [`COLUMNS`]; `COLUMNS` in the
/// environment, when set, stands for the terminal (as for most command-line tools).
pub fn width() -> usize {
    let terminal = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse().ok())
        .or_else(|| {
            crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
        });
    terminal.unwrap_or(COLUMNS).clamp(MIN_WIDTH, COLUMNS)
}

/// Narrower than this, wrapping would make a worse mess than the terminal's own.
const MIN_WIDTH: usize = 40;

/// `text` wrapped to [`width`], every line starting with `indent`; its own line breaks are
/// kept. A command in backticks is never broken: it moves whole to the next line, so it can be
/// pasted. Other words longer than a line (a path, say) are broken rather than overflowing.
pub fn wrap(text: &str, indent: &str) -> String {
    wrap_hanging(text, indent, indent)
}

/// Like [`wrap`], with a different indent for the first line (`"✗ "` then `"  "`, say).
pub fn wrap_hanging(text: &str, first: &str, rest: &str) -> String {
    wrap_to(width(), text, first, rest)
}

/// What joins the words of a command in backticks while its line is wrapped.
const GLUE: char = '\u{a0}';

fn wrap_to(width: usize, text: &str, first: &str, rest: &str) -> String {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let initial = if i == 0 { first } else { rest };
        if line.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        // Keep a line's own leading spaces (pretty-printed values in a failure message).
        let own = &line[..line.len() - line.trim_start().len()];
        let (initial, subsequent) = (format!("{initial}{own}"), format!("{rest}{own}"));
        let options = textwrap::Options::new(width)
            .initial_indent(&initial)
            .subsequent_indent(&subsequent)
            .break_words(true)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let room = width.saturating_sub(subsequent.chars().count());
        let glued = glue_commands(line.trim_start(), room);
        out.extend(
            textwrap::wrap(&glued, options)
                .into_iter()
                .map(|l| l.trim_end().replace(GLUE, " ")),
        );
    }
    out.join("\n")
}

/// The spaces inside each `…` span that fits in `room` columns replaced by [`GLUE`], so
/// wrapping keeps the span whole; a longer span (a signature, say) breaks at its spaces rather
/// than inside a word.
fn glue_commands(line: &str, room: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let Some(length) = rest[open + 1..].find('`') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let span = &rest[open..open + length + 2];
        if span.chars().count() <= room {
            out.push_str(&span.replace(' ', &GLUE.to_string()));
        } else {
            out.push_str(span);
        }
        rest = &rest[open + length + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use measure::demo::too_wide;

    #[test]
    fn wraps_to_80_columns_with_indents_and_keeps_line_breaks() {
        let long = "word ".repeat(40);
        let wrapped = wrap_to(COLUMNS, &format!("{long}\n\n  nested {long}"), "✗ ", "  ");
        assert!(too_wide(&wrapped).is_empty(), "{wrapped}");
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines[0].starts_with("✗ word"));
        assert!(lines[1].starts_with("  word"));
        assert!(lines.contains(&""));
        assert!(lines.iter().any(|l| l.starts_with("    nested")));
        assert!(lines.last().unwrap().starts_with("    word"));
    }

    #[test]
    fn keeps_hyphenated_words_whole() {
        let text = format!("{} apt install mono-mcs mono-runtime", "x".repeat(60));
        assert!(
            wrap(&text, "").lines().all(|l| !l.ends_with('-')),
            "{}",
            wrap(&text, "")
        );
    }

    #[test]
    fn breaks_words_longer_than_a_line() {
        let path = "x/".repeat(60);
        assert!(too_wide(&wrap_to(COLUMNS, &path, "    ", "    ")).is_empty());
        assert_eq!(wrap("short", "  "), "  short");
    }

    #[test]
    fn a_span_longer_than_a_line_breaks_between_words() {
        let hint = "Write a helper, `fn node_in<'a>(arena: &'a Bump, specs: &mut \
                    std::slice::Iter<'_, Spec>, depth: usize) -> Result<&'a Node<'a>, \
                    ShapeError>`: it takes the next spec.";
        let wrapped = wrap_to(80, hint, "", "  ");
        assert!(too_wide(&wrapped).is_empty(), "{wrapped}");
        assert!(
            wrapped.contains("depth: usize"),
            "not split inside: {wrapped}"
        );
        assert_eq!(
            wrapped.replace("\n  ", " "),
            hint,
            "only spaces become breaks"
        );
        assert_eq!(glue_commands("an `open span", 80), "an `open span");
        assert_eq!(
            glue_commands("`a b` and `c d`", 5),
            "`a\u{a0}b` and `c\u{a0}d`"
        );
        assert_eq!(
            glue_commands("`a b c`", 6),
            "`a b c`",
            "7 columns do not fit in 6"
        );
    }

    #[test]
    fn a_command_in_backticks_is_never_broken() {
        let message = "You have finished this module: all 19 tests pass. Next module: \
                       fragmentation (`cargo workshop check fragmentation`). To put your \
                       files back: `cargo workshop restore bitset bitset-1`.";
        for width in [60, 80, 120] {
            for indent in ["", "        "] {
                let wrapped = wrap_to(width, message, indent, indent);
                for command in [
                    "`cargo workshop check fragmentation`",
                    "`cargo workshop restore bitset bitset-1`",
                ] {
                    assert!(
                        wrapped.lines().any(|line| line.contains(command)),
                        "{command} broken at {width} columns:\n{wrapped}"
                    );
                }
                assert!(wrapped.lines().all(|l| l.chars().count() <= width));
            }
        }
    }

    #[test]
    fn the_width_is_the_terminals_within_bounds() {
        // No terminal under `cargo test`: COLUMNS when set, else 80; never past 80 or below 40.
        let width = width();
        assert!((MIN_WIDTH..=COLUMNS).contains(&width), "{width}");
    }

    #[test]
    fn commands_can_be_pasted() {
        assert_eq!(
            command("hint scoped-drops"),
            "`cargo workshop hint scoped-drops`"
        );
    }
}
