//! How the workshop talks: the command form an attendee can paste, and text wrapped to the 80
//! columns a projector shows.

/// The widest line the workshop prints: what a projector shows, as for the demos.
pub const COLUMNS: usize = measure::demo::COLUMNS;

/// A command an attendee can paste, anywhere in the repository, with only the Rust toolchain:
/// `.cargo/config.toml` makes `cargo workshop` an alias for `cargo run -q -p workshop --`.
pub fn command(arguments: &str) -> String {
    format!("`cargo workshop {arguments}`")
}

/// `text` wrapped to [`COLUMNS`], every line starting with `indent`; its own line breaks are
/// kept. Words longer than a line (a path, say) are broken rather than overflowing.
pub fn wrap(text: &str, indent: &str) -> String {
    wrap_hanging(text, indent, indent)
}

/// Like [`wrap`], with a different indent for the first line (`"✗ "` then `"  "`, say).
pub fn wrap_hanging(text: &str, first: &str, rest: &str) -> String {
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
        let options = textwrap::Options::new(COLUMNS)
            .initial_indent(&initial)
            .subsequent_indent(&subsequent)
            .break_words(true)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        out.extend(
            textwrap::wrap(line.trim_start(), options)
                .into_iter()
                .map(|l| l.trim_end().to_string()),
        );
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use measure::demo::too_wide;

    #[test]
    fn wraps_to_80_columns_with_indents_and_keeps_line_breaks() {
        let long = "word ".repeat(40);
        let wrapped = wrap_hanging(&format!("{long}\n\n  nested {long}"), "✗ ", "  ");
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
        assert!(too_wide(&wrap(&path, "    ")).is_empty());
        assert_eq!(wrap("short", "  "), "  short");
    }

    #[test]
    fn commands_can_be_pasted() {
        assert_eq!(
            command("hint scoped-drops"),
            "`cargo workshop hint scoped-drops`"
        );
    }
}
