//! Reading libtest's plain output: which tests passed, and each failure's message without
//! backtrace noise.

/// One test's outcome.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub name: String,
    pub passed: bool,
    /// The panic message of a failed test, without backtrace noise.
    pub message: Option<String>,
}

/// Reads libtest's plain output: `test NAME ... ok|FAILED` lines, and each failure's
/// `---- NAME stdout ----` section for its message.
pub fn parse_libtest(output: &str) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = output
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, outcome) = rest.rsplit_once(" ... ")?;
            let passed = match outcome.trim() {
                "ok" => true,
                "FAILED" => false,
                _ => return None, // ignored, bench
            };
            Some(TestResult {
                name: name.to_string(),
                passed,
                message: None,
            })
        })
        .collect();
    let mut sections = output.split("\n---- ").skip(1);
    for section in sections.by_ref() {
        let Some((header, body)) = section.split_once('\n') else {
            continue;
        };
        let name = header
            .trim_end_matches(" stdout ----")
            .trim_end_matches(" stderr ----");
        let body = body.split("\nfailures:").next().unwrap_or(body);
        let lines: Vec<String> = body
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("note: run with `RUST_BACKTRACE"))
            .map(tidy_panic_line)
            .collect();
        // Keep the last panic only: a property test panics once per shrinking attempt, and its
        // last panic holds the minimal failing input.
        let last_panic = lines
            .iter()
            .rposition(|l| l.starts_with("panicked at "))
            .unwrap_or(0);
        let message = &lines[last_panic..];
        if let Some(result) = results.iter_mut().find(|r| r.name == name && !r.passed) {
            result.message = Some(message.join("\n"));
        }
    }
    results
}

/// `thread 'name' (123) panicked at path:1:2:` becomes `panicked at path:1:2:`.
fn tidy_panic_line(line: &str) -> String {
    match (line.starts_with("thread '"), line.find(" panicked at ")) {
        (true, Some(at)) => line[at + 1..].to_string(),
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "
running 3 tests
test reads_numbers ... FAILED
test mod_a::keeps_capacity ... ok
test slow ... ignored
test any_text ... FAILED

failures:

---- reads_numbers stdout ----

thread 'reads_numbers' (3204) panicked at exercises/x/src/lib.rs:10:5:
not yet implemented: step 1
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- any_text stdout ----
proptest: a warning
thread 'any_text' (3205) panicked at src/lib.rs:3:1:
not yet implemented
thread 'any_text' (3205) panicked at tests/t.rs:3:1:
Test failed: boom.

failures:
    reads_numbers
    any_text

test result: FAILED. 1 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out
";

    #[test]
    fn reads_outcomes_and_failure_messages() {
        let results = parse_libtest(OUTPUT);
        let summary: Vec<(&str, bool)> = results
            .iter()
            .map(|r| (r.name.as_str(), r.passed))
            .collect();
        assert_eq!(
            summary,
            [
                ("reads_numbers", false),
                ("mod_a::keeps_capacity", true),
                ("any_text", false)
            ]
        );
        assert_eq!(
            results[0].message.as_deref(),
            Some("panicked at exercises/x/src/lib.rs:10:5:\nnot yet implemented: step 1")
        );
        assert_eq!(
            results[2].message.as_deref(),
            Some("panicked at tests/t.rs:3:1:\nTest failed: boom.")
        );
        assert_eq!(results[1].message, None);
    }

    #[test]
    fn garbage_gives_no_results_and_no_panic() {
        assert!(parse_libtest("").is_empty());
        assert!(parse_libtest("test \n---- \n---- x stdout ----").is_empty());
    }
}
