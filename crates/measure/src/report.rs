//! What a demo prints with `--report`, for `workshop compare` (the C# twins print the same
//! through `Shared/Report.cs`): `@ready` and a pause before the measured work, so that
//! `compare` reads the process's resident memory while nothing moves; and at the end the
//! `@name value` lines: the runtime, its allocator, the iterations, each iteration's time in
//! µs, and the bytes the measured work allocated.

use std::io::{self, BufRead, IsTerminal, Write};

/// With `--report`, just before the measured work: prints `@ready` and waits for a line on
/// standard input, which `workshop compare` sends once it has read the resident memory. Run
/// by hand from a terminal, it goes on at once.
pub fn ready(out: &mut impl Write) -> io::Result<()> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        writeln!(out, "@ready")?;
        return out.flush();
    }
    ready_on(out, &mut stdin.lock())
}

/// [`ready`], waiting on `input` (at its end, it goes on at once).
pub fn ready_on(out: &mut impl Write, input: &mut impl BufRead) -> io::Result<()> {
    writeln!(out, "@ready")?;
    out.flush()?;
    input.read_line(&mut String::new())?;
    Ok(())
}

/// The allocator every demo runs on, in words: the system's, counted by
/// [`crate::CountingAllocator`].
pub fn allocator() -> String {
    let system = if cfg!(target_env = "gnu") {
        "glibc malloc"
    } else if cfg!(target_env = "musl") {
        "musl malloc"
    } else if cfg!(target_os = "macos") {
        "macOS libmalloc"
    } else if cfg!(windows) {
        "the Windows heap"
    } else {
        "the platform's malloc"
    };
    format!("system allocator ({system}), counted; no collector")
}

/// The closing `@` lines: `iterations` in all, the recorded iteration times in µs (sorted
/// here), and the bytes the measured work allocated.
pub fn totals(
    out: &mut impl Write,
    iterations: u64,
    durations_us: &mut [u32],
    allocated: u64,
) -> io::Result<()> {
    durations_us.sort_unstable();
    let listed: Vec<String> = durations_us.iter().map(u32::to_string).collect();
    writeln!(out, "@runtime Rust")?;
    writeln!(out, "@config {}", allocator())?;
    writeln!(out, "@iterations {iterations}")?;
    writeln!(out, "@durations_us {}", listed.join(","))?;
    writeln!(out, "@allocated {allocated}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_says_so_then_waits_for_a_line() {
        let mut out = Vec::new();
        let mut input = io::Cursor::new(b"go\nthe rest\n".to_vec());
        ready_on(&mut out, &mut input).unwrap();
        assert_eq!(out, b"@ready\n");
        assert_eq!(input.position(), 3, "one line read, no more");
        let mut ended = io::Cursor::new(Vec::new());
        ready_on(&mut Vec::new(), &mut ended).expect("at the end of input it goes on");
    }

    /// Run as a child by the test below (ignored otherwise): waits at `@ready` on its real
    /// standard input, then says it went on.
    #[test]
    #[ignore = "a child process of the test below"]
    fn wait_at_ready() {
        let mut out = io::stdout().lock();
        ready(&mut out).unwrap();
        writeln!(out, "went on").unwrap();
    }

    #[test]
    fn ready_waits_on_standard_input_until_a_line_comes() {
        use std::io::Read;
        use std::process::{Command, Stdio};
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "report::tests::wait_at_ready",
                "--ignored",
                "--nocapture",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while line.trim_end() != "@ready" {
            line.clear();
            assert_ne!(stdout.read_line(&mut line).unwrap(), 0, "no @ready line");
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(
            child.try_wait().unwrap().is_none(),
            "it went on without the line"
        );
        child.stdin.take().unwrap().write_all(b"go\n").unwrap();
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).unwrap();
        assert!(child.wait().unwrap().success());
        assert!(rest.contains("went on"), "{rest}");
    }

    #[test]
    fn the_totals_are_the_lines_compare_reads() {
        let mut out = Vec::new();
        totals(&mut out, 4, &mut [30, 10, 20], 4096).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            format!(
                "@runtime Rust\n@config {}\n@iterations 4\n@durations_us 10,20,30\n\
                 @allocated 4096\n",
                allocator()
            )
        );
        assert!(
            allocator().starts_with("system allocator (glibc malloc)") || !cfg!(target_env = "gnu")
        );
    }
}
