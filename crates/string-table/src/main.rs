//! `string-table`: the demo binary. See the crate documentation of
//! `string_table_demo`.

use clap::Parser;
use measure::format;
use std::io::Write;
use std::process::ExitCode;
use string_table::workload::{self, Workload};
use string_table::{FrozenTable, StringTable, naive};
use string_table_demo::ways::{self, Measured};
use string_table_demo::{DOTNET, hashing, timed};

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// Two million strings, most of them repeats, held a `String` each, interned
/// in a map, and in a string table: heap, allocations and times, measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// How many strings (occurrences) the workload draws.
    #[arg(long, default_value_t = workload::OCCURRENCES as u64, value_parser = clap::value_parser!(u64).range(1..=20_000_000))]
    occurrences: u64,

    /// How many distinct strings they are drawn from.
    #[arg(long, default_value_t = workload::DISTINCT as u64, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    distinct: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let (distinct, occurrences) =
        (args.distinct as usize, args.occurrences as usize);
    let seed = args.shared.seed;
    if let Some(count) = args.shared.print_sequence {
        let count = count as usize;
        let ranks = workload::ranks(seed, distinct, count);
        let lines = ranks
            .into_iter()
            .map(|rank| format!("{rank} {}", workload::string(rank as usize)));
        return Ok(measure::demo::print_lines(lines)?);
    }
    let work = Workload::new(seed, distinct, occurrences);
    println!(
        "String tables: each distinct string stored once, named by a number.\n"
    );
    let first = work.first_occurrences();
    let text: usize = first.iter().map(|s| s.len()).sum();
    println!(
        "{} strings (seed {seed}) drawn from {} identifiers, rank k about\n\
         1/(k+1) as often as rank 0: {} distinct occur, in {} of text.",
        format::count(occurrences as u64),
        format::count(distinct as u64),
        format::count(first.len() as u64),
        format::bytes(text as u64),
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "Held one way and dropped, again and again for {seconds} s.\n"
        );
        timed::run(args.shared.way(), &work, seconds, args.shared.report)?;
        return Ok(());
    }
    let repeat = args.repeat.repeat as usize;
    match repeat {
        1 => println!("Each way built and looked up once.\n"),
        _ => println!(
            "Each way built and looked up {repeat} times; times are medians.\n"
        ),
    }
    let rss = measure::Rss::baseline();
    print_ways(&work, (text as u64, first.len() as u64), repeat)?;
    print_offsets();
    print_hashing(&work, repeat);
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

/// A row of the side-by-side table, in fixed columns: each way is printed as
/// soon as it is measured, so the rows show how far the demo is. The times
/// follow the table, in words: a time's width varies, a column's must not.
fn row(cells: [&str; 6]) -> String {
    let [way, strings, heap, per_string, ratio, allocations] = cells;
    format!(
        "{way:<11}  {strings:>9}  {heap:>10}  {per_string:>10}  {ratio:>6}  \
         {allocations:>11}"
    )
}

/// Each way measured, as a row; then their times. `text` is the distinct
/// strings' bytes, `distinct` how many they are.
fn print_ways(
    work: &Workload,
    (text, distinct): (u64, u64),
    repeat: usize,
) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}",
        row([
            "way",
            "strings",
            "heap",
            "B/distinct",
            "÷ text",
            "allocations"
        ])
    )?;
    let rules = [11, 9, 10, 10, 6, 11].map(|n| "─".repeat(n));
    writeln!(out, "{}", row(rules.each_ref().map(String::as_str)))?;
    let occurrences = work.occurrences();
    let measures: [fn(_, usize) -> Measured; 4] = [
        ways::measure::<Vec<String>>,
        ways::measure::<naive::StringTable>,
        ways::measure::<StringTable>,
        ways::measure::<FrozenTable>,
    ];
    let mut measured = Vec::with_capacity(measures.len());
    for measure in measures {
        let way = measure(occurrences.clone(), repeat);
        let cells = [
            format::count(way.strings as u64),
            format::bytes(way.heap_bytes),
            format::count(way.heap_bytes / distinct.max(1)),
            format::ratio(way.heap_bytes, text),
            format::count(way.allocations),
        ];
        let [b, c, d, e, f] = cells.each_ref().map(String::as_str);
        writeln!(out, "{}", row([way.name, b, c, d, e, f]))?;
        out.flush()?;
        measured.push(way);
    }
    writeln!(
        out,
        "\nHeap: the live heap each way holds once built (this process, \
         counted\nby its allocator); B/distinct: that heap in bytes per \
         distinct string;\n÷ text: that heap over the distinct strings' \
         bytes.\n\nBuild: every occurrence taken in; look up: each \
         one found again."
    )?;
    for way in &measured {
        let look_up = way.look_up.map_or(String::new(), |time| {
            format!(", look up {}", format::duration(time))
        });
        let build = format::duration(way.build);
        writeln!(out, "  {:<11}  build {build}{look_up}", way.name)?;
    }
    Ok(())
}

fn print_offsets() {
    println!(
        "\nBeside its text, each string costs: a String {} bytes and a heap \
         block;\nan offset pair (usize, usize) {} bytes; a u32 end {} bytes \
         (size_of).",
        size_of::<String>(),
        size_of::<(usize, usize)>(),
        size_of::<u32>(),
    );
}

fn print_hashing(work: &Workload, repeat: usize) {
    let (sip, fold) = hashing::both(work.occurrences(), repeat);
    let build = ways::measure::<StringTable>(work.occurrences(), repeat).build;
    println!(
        "\nThe hash alone, every occurrence hashed once:\n  \
         SipHash-1-3 (std's HashMap)  {}\n  \
         foldhash (the string table)  {}: {}\n  \
         The table's build took {}, the hash {} of the time.",
        format::duration(sip),
        format::duration(fold),
        format::speedup(sip, fold),
        format::duration(build),
        percent(fold, build),
    );
}

/// `part` as a whole percentage of `whole`.
fn percent(part: std::time::Duration, whole: std::time::Duration) -> String {
    let share = part.as_secs_f64() / whole.as_secs_f64().max(1e-9);
    format!("{:.0}%", 100.0 * share)
}
