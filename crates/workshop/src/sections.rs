//! A demo's output, one section at a time, for an instructor talking over each table
//! (`workshop demo --pause`). A section starts at the first line after a blank one; before
//! each section but the first, a prompt waits for Enter (`q` and Enter: no more pauses), then
//! erases itself, so the screen shows the demo's output alone.

use std::io::{self, BufRead, Write};

/// What the prompt says.
pub const PROMPT: &str = "  [Enter: the next section · q, Enter: run to the end]";

/// Up one line (the one the Enter key left the prompt on) and clear it.
const ERASE_PROMPT: &str = "\x1b[1A\r\x1b[2K";

/// Copies `output` to `out` line by line. With `keys`, before each section after the first it
/// writes [`PROMPT`] to `prompt`, waits for a line of `keys`, and erases the prompt; `q`, or
/// the end of `keys`, stops the pauses.
pub fn present(
    output: impl BufRead,
    out: &mut impl Write,
    prompt: &mut impl Write,
    mut keys: Option<&mut dyn BufRead>,
) -> io::Result<()> {
    let (mut started, mut after_blank) = (false, false);
    for line in output.lines() {
        let line = line?;
        let blank = line.trim().is_empty();
        if let Some(input) = keys
            .as_deref_mut()
            .filter(|_| started && after_blank && !blank)
        {
            out.flush()?;
            write!(prompt, "{PROMPT}")?;
            prompt.flush()?;
            let mut answer = String::new();
            let read = input.read_line(&mut answer)?;
            write!(prompt, "{ERASE_PROMPT}")?;
            prompt.flush()?;
            if read == 0 || answer.trim().eq_ignore_ascii_case("q") {
                keys = None;
            }
        }
        writeln!(out, "{line}")?;
        started |= !blank;
        after_blank = blank;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\nTitle\n\nTable one\n  row\n\n\nTable two\nend\n\nLast\n";

    fn shown(keys: Option<&str>) -> (String, String, usize) {
        let (mut out, mut prompt) = (Vec::new(), Vec::new());
        let mut input = io::Cursor::new(keys.unwrap_or("").as_bytes().to_vec());
        let keys = keys.map(|_| &mut input as &mut dyn BufRead);
        present(OUTPUT.as_bytes(), &mut out, &mut prompt, keys).unwrap();
        let read = input.position() as usize;
        let text = |bytes| String::from_utf8(bytes).unwrap();
        (text(out), text(prompt), read)
    }

    #[test]
    fn without_keys_the_output_passes_unchanged() {
        let (out, prompt, _) = shown(None);
        assert_eq!((out.as_str(), prompt.as_str()), (OUTPUT, ""));
    }

    #[test]
    fn with_keys_it_waits_before_each_section_after_the_first() {
        let (out, prompt, read) = shown(Some("\n\n\n\n"));
        assert_eq!(out, OUTPUT, "the output itself is unchanged");
        let pause = format!("{PROMPT}{ERASE_PROMPT}");
        assert_eq!(
            prompt,
            pause.repeat(3),
            "before Table one, Table two and Last"
        );
        assert_eq!(read, 3, "one Enter a pause");
    }

    #[test]
    fn q_or_the_end_of_the_keys_runs_to_the_end() {
        let (out, prompt, read) = shown(Some("q\n\n\n"));
        assert_eq!(out, OUTPUT);
        assert_eq!(
            prompt,
            format!("{PROMPT}{ERASE_PROMPT}"),
            "one pause, then none"
        );
        assert_eq!(read, 2);
        let (_, prompt, _) = shown(Some("\n"));
        let pause = format!("{PROMPT}{ERASE_PROMPT}");
        assert_eq!(
            prompt,
            pause.repeat(2),
            "the second pause finds no key and stops"
        );
    }
}
