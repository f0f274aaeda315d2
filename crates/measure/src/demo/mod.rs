//! What every demo shares, so that a demo's `main` holds only its own content: the flags
//! ([`Flags`], [`Repeat`]: one definition for every demo), the run ([`run`]: errors, a closed
//! pipe, the allocator check) and the snapshot test ([`assert_demo_snapshot!`]).
//!
//! ```no_run
//! use clap::Parser;
//!
//! #[global_allocator]
//! static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;
//!
//! /// What the demo shows.
//! #[derive(Debug, Parser)]
//! #[command(group = measure::demo::way_needs_seconds())]
//! struct Args {
//!     /// The demo's own option.
//!     #[arg(long, default_value_t = 1000)]
//!     size: usize,
//!
//!     #[command(flatten)]
//!     shared: measure::demo::Flags<Way>,
//! }
//!
//! /// The ways the demo runs (`--way`).
//! #[derive(Debug, Clone, Copy, PartialEq, clap::ValueEnum)]
//! enum Way {
//!     Naive,
//!     Efficient,
//! }
//!
//! impl measure::demo::Ways for Way {
//!     const DEFAULT: Self = Way::Efficient;
//! }
//!
//! fn main() -> std::process::ExitCode {
//!     measure::demo::run(|args: Args| {
//!         let (seeds, usage) = measure::measure(|| vec![args.shared.seed; args.size]);
//!         println!("{} allocation", usage.allocations);
//!         Ok(drop(seeds))
//!     })
//! }
//! ```
//!
//! And its snapshot test, in `tests/demo_output.rs`:
//!
//! ```ignore
//! #[test]
//! fn output() {
//!     measure::assert_demo_snapshot!("my_demo", env!("CARGO_BIN_EXE_my-demo"), ["--seed", "1"]);
//! }
//! ```

mod flags;

pub use flags::{Flags, Repeat, SEED, Ways, way_needs_seconds};

use std::process::{Command, ExitCode};

/// The widest line a demo may print: what a projector shows.
pub const COLUMNS: usize = 80;

/// The error a demo's body returns: anything that displays, reported as `error: …`.
pub type Error = Box<dyn std::error::Error>;

/// Runs a demo: a closed pipe ends it quietly ([`crate::exit_quietly_on_broken_pipe`]), clap
/// parses its arguments (bad ones print usage and exit 2), it refuses to run when
/// [`crate::CountingAllocator`] is not installed (it would print zeros as if measured), and an
/// error from `demo` is printed as `error: …` with exit status 1, never a panic.
///
/// Under `workshop profile`, the whole run is a [`crate::profile::Session`]: dhat profiles it
/// (with the `dhat-profile` feature) and the counting allocator's figures are written beside.
pub fn run<A: clap::Parser>(demo: impl FnOnce(A) -> Result<(), Error>) -> ExitCode {
    let session = crate::profile::Session::start();
    crate::exit_quietly_on_broken_pipe();
    let args = A::parse();
    let result = crate::CountingAllocator::check_installed()
        .map_err(Error::from)
        .and_then(|()| demo(args));
    session.finish();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `demo | head`: the reader has gone, as with a failed `println!` (status 141).
        Err(error) if is_broken_pipe(&error) => ExitCode::from(141),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints `lines`, one per line, to stdout: what `--print-sequence` prints, for the C# twin's
/// to be compared with.
pub fn print_lines<T: std::fmt::Display>(
    lines: impl IntoIterator<Item = T>,
) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()
}

/// Whether a demo's error is stdout closed under it (`write!` to a locked stdout returns it
/// where `println!` would panic).
fn is_broken_pipe(error: &Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|error| error.kind() == std::io::ErrorKind::BrokenPipe)
}

/// What varies from run to run, redacted for snapshots in words a reader of the book
/// understands: a duration (a number with a unit of time) and a speed ratio (`10.3× faster`,
/// `1.2× slower`, `2,345× faster`: large ones have separators) become `(varies)`, so does
/// a share of time (`23% of the time`), and whatever follows `RSS…:` on a line becomes
/// `(varies from run to run)`. Sizes and counts
/// are kept, so a change in them fails the snapshot.
pub const SNAPSHOT_FILTERS: [(&str, &str); 4] = [
    (r"\b\d[\d,]*(?:\.\d+)? (?:ns|µs|ms|s)\b", "(varies)"),
    (r"\b\d[\d,]*(?:\.\d+)?× (?:faster|slower)\b", "(varies)"),
    (r"\b\d+(?:\.\d+)?% of the time\b", "(varies) of the time"),
    (r"(RSS[^:\n]*): .*", "$1: (varies from run to run)"),
];

/// Runs a demo binary with `args` and returns what it printed. Panics (this is for tests)
/// when it fails, prints something other than UTF-8, or prints a line wider than [`COLUMNS`].
pub fn output_for_snapshot(binary: &str, args: &[&str]) -> String {
    let output = Command::new(binary)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the demo {binary}: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the demo failed: {stderr}");
    let stdout = String::from_utf8(output.stdout).expect("the demo prints UTF-8");
    let wide = too_wide(&stdout);
    assert!(
        wide.is_empty(),
        "these lines of the demo's output are wider than {COLUMNS} columns, more than a \
         projector shows:\n{}",
        wide.join("\n")
    );
    stdout
}

/// The lines of `text` wider than [`COLUMNS`] characters, each with its number and width.
pub fn too_wide(text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.chars().count(), line))
        .filter(|(_, width, _)| *width > COLUMNS)
        .map(|(number, width, line)| format!("line {number} ({width} columns): {line}"))
        .collect()
}

/// Snapshot-tests a demo's output: runs the binary with the arguments
/// ([`output_for_snapshot`]: it must succeed and fit in 80 columns), redacts what varies
/// ([`SNAPSHOT_FILTERS`]), and compares it with `tests/snapshots/<name>.snap`. The calling
/// crate needs `insta` as a dev-dependency.
#[macro_export]
macro_rules! assert_demo_snapshot {
    ($name:expr, $binary:expr, [$($arg:expr),* $(,)?]) => {{
        let stdout = $crate::demo::output_for_snapshot($binary, &[$($arg),*]);
        ::insta::with_settings!({
            filters => $crate::demo::SNAPSHOT_FILTERS.to_vec(),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            ::insta::assert_snapshot!($name, stdout);
        });
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_stdout_is_told_from_other_errors() {
        use std::io::{Error as IoError, ErrorKind};
        assert!(is_broken_pipe(&Error::from(IoError::from(
            ErrorKind::BrokenPipe
        ))));
        assert!(!is_broken_pipe(&Error::from(IoError::from(
            ErrorKind::NotFound
        ))));
        assert!(!is_broken_pipe(&Error::from("broken pipe")));
    }

    #[test]
    fn snapshot_filters_redact_times_ratios_and_rss_and_keep_counts() {
        let printed = "build 1.23 ms, drop 4 s, 950.1 µs, 12 ns: the arena 2,345× faster\n\
                       1.2× slower, 18.0× faster, the hash 23% of the time\n\
                       peak RSS: 12.5 MiB\n\
                       1,000 allocations, 3.50 MiB, 2× the size";
        insta::with_settings!({ filters => SNAPSHOT_FILTERS.to_vec() }, {
            insta::assert_snapshot!(printed, @r"
            build (varies), drop (varies), (varies), (varies): the arena (varies)
            (varies), (varies), the hash (varies) of the time
            peak RSS: (varies from run to run)
            1,000 allocations, 3.50 MiB, 2× the size
            ");
        });
    }

    #[test]
    fn too_wide_names_each_line_over_80_columns() {
        let fits = "x".repeat(80);
        let wide = "é".repeat(81);
        let text = format!("{fits}\nshort\n{wide}\n");
        assert_eq!(too_wide(&text), [format!("line 3 (81 columns): {wide}")]);
        assert!(too_wide("").is_empty());
    }
}
