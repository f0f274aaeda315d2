//! `zero-copy`: the demo binary. 250,000 log lines parsed as ported from C#
//! (a `Vec` per line, a `String` per field) and where they lie (`&str`
//! slices), then 250,000 binary headers copied out and read in place: heap,
//! allocations and times, measured.

use clap::Parser;
use measure::format;
use measure::timed::median;
use std::time::{Duration, Instant};
use zero_copy::workload::{self, LINES};
use zero_copy::{Record, naive, read_record, records};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Log lines parsed into owned and borrowed fields, and binary headers
/// copied and read in place: heap, allocations and times, measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// How many log lines (and binary records).
    #[arg(long, default_value_t = LINES as u64, value_parser = clap::value_parser!(u64).range(1..=2_000_000))]
    lines: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

/// How the timed run parses the lines. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Way {
    /// Every field a `String` (in C#: `string.Split`).
    Owned,
    /// Every field a slice of the input (in C#: `ReadOnlySpan<char>`).
    Borrowed,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Borrowed;
}

fn main() -> std::process::ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let lines = args.lines as usize;
    let seed = args.shared.seed;
    if let Some(count) = args.shared.print_sequence {
        let text = workload::text(seed, (count as usize).min(lines));
        let shown = String::from_utf8_lossy(&text);
        return Ok(measure::demo::print_lines(shown.lines())?);
    }
    let text = workload::text(seed, lines);
    println!(
        "Zero-copy parsing: fields that borrow the input, headers read in \
         place.\n"
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "{} log lines (seed {seed}), {}, parsed again and again for \
             {seconds} s.\n",
            format::count(lines as u64),
            format::bytes(text.len() as u64)
        );
        let timed = measure::timed::Timed {
            seconds,
            rounds: "rounds",
            report: args.shared.report,
        };
        let way = args.shared.way();
        let mut parsed = 0;
        measure::timed::run(&mut std::io::stdout().lock(), timed, || {
            parsed += match way {
                Way::Owned => owned(&text).len(),
                Way::Borrowed => borrowed(&text).len(),
            };
        })?;
        std::hint::black_box(parsed);
        return Ok(());
    }
    let repeat = args.repeat.repeat as usize;
    let binary = workload::binary(seed, lines);
    println!(
        "{} log lines (seed {seed}), {} of text;\n{} binary records, {}.",
        format::count(lines as u64),
        format::bytes(text.len() as u64),
        format::count(lines as u64),
        format::bytes(binary.len() as u64),
    );
    match repeat {
        1 => println!("Each way run once.\n"),
        _ => println!("Each way run {repeat} times; times are medians.\n"),
    }
    print_text(&text, repeat);
    print_binary(&binary, repeat);
    println!("\n{DOTNET}");
    Ok(())
}

/// What .NET does, printed under the comparison.
const DOTNET: &str = "\
.NET: string.Split and Substring make a string per field; ReadOnlySpan<char>
      slices without copying, but a span cannot be kept in a field of a
      class or across an await: a Rust &str can, and its lifetime proves it
      never outlives the input. Side by side, measured:
      cargo workshop compare zero-copy";

/// Every line as an owned record, as ported from C#.
fn owned(text: &[u8]) -> Vec<naive::OwnedRecord> {
    naive::parse_owned(text).expect("the workload's lines are valid")
}

/// Every line as a record that borrows from `text`.
fn borrowed(text: &[u8]) -> Vec<Record<'_>> {
    let parsed: Result<Vec<_>, _> = records(text).collect();
    parsed.expect("the workload's lines are valid")
}

/// The median of `repeat` timings of `work` (at least one).
fn timed<R>(repeat: usize, mut work: impl FnMut() -> R) -> Duration {
    let mut times: Vec<Duration> = (0..repeat.max(1))
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(work());
            started.elapsed()
        })
        .collect();
    median(&mut times)
}

fn print_text(text: &[u8], repeat: usize) {
    let (owned_records, owned_usage) = measure::measure(|| owned(text));
    let (borrowed_records, borrowed_usage) =
        measure::measure(|| borrowed(text));
    assert_eq!(owned_records.len(), borrowed_records.len());
    drop((owned_records, borrowed_records));
    let (in_place, in_place_usage) = measure::measure(|| {
        records(text)
            .filter_map(Result::ok)
            .map(|r| r.bytes)
            .sum::<u64>()
    });
    std::hint::black_box(in_place);
    println!("Text: every line parsed (this process's heap, counted):");
    let line = |way: &str, allocations: &str, bytes: &str| {
        println!("  {way:<26}  {allocations:>11}  {bytes:>15}");
    };
    line("way", "allocations", "bytes allocated");
    let rule = |n: usize| "─".repeat(n);
    line(&rule(26), &rule(11), &rule(15));
    for (way, usage) in [
        ("owned, kept (String)", owned_usage),
        ("borrowed, kept (&str)", borrowed_usage),
        ("borrowed, summed as read", in_place_usage),
    ] {
        let allocations = format::count(usage.allocations);
        line(way, &allocations, &format::bytes(usage.bytes_allocated));
    }
    let owned_time = timed(repeat, || owned(text).len());
    let borrowed_time = timed(repeat, || borrowed(text).len());
    println!(
        "  owned {}, borrowed {}: borrowed {}",
        format::duration(owned_time),
        format::duration(borrowed_time),
        format::speedup(owned_time, borrowed_time)
    );
}

fn print_binary(binary: &[u8], repeat: usize) {
    let copied = || {
        let (mut offset, mut sum) = (0, 0);
        while let Ok((header, payload)) =
            naive::read_record_copied(binary, offset)
        {
            sum += header.id;
            offset += 28 + payload.len();
        }
        sum
    };
    let in_place = || {
        let (mut offset, mut sum) = (0, 0);
        while let Ok((header, payload)) = read_record(binary, offset) {
            sum += header.id.get();
            offset += 28 + payload.len();
        }
        sum
    };
    let ((a, copied_usage), (b, in_place_usage)) =
        (measure::measure(copied), measure::measure(in_place));
    assert_eq!(a, b, "both ways read the same ids");
    let copied_time = timed(repeat, copied);
    let in_place_time = timed(repeat, in_place);
    println!(
        "\nBinary: every record's header read, its payload sliced:\n  \
         copied (from_le_bytes)  {} allocations, {}\n  \
         in place (zerocopy)     {} allocations, {}: in place {}",
        format::count(copied_usage.allocations),
        format::duration(copied_time),
        format::count(in_place_usage.allocations),
        format::duration(in_place_time),
        format::speedup(copied_time, in_place_time)
    );
}
