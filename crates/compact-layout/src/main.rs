//! `compact-layout`: the demo binary. See the crate documentation of
//! `compact_layout_demo`.

use clap::Parser;
use compact_layout::workload::{self, ORDERS};
use compact_layout::{Columns, Order, naive};
use compact_layout_demo::sizes::{self, Layout};
use compact_layout_demo::ways::{self, Measured, Store};
use compact_layout_demo::{DOTNET, timed};
use measure::{Table, format};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// The sizes of Rust's types, then a million orders as ported from C#, in a
/// compact layout and as columns: heap, allocations and a pass over one field,
/// measured.
#[derive(Debug, Parser)]
#[command(version, about, group = measure::demo::way_needs_seconds())]
struct Args {
    /// How many orders.
    #[arg(long, default_value_t = ORDERS as u64, value_parser = clap::value_parser!(u64).range(1..=4_000_000))]
    orders: u64,

    #[command(flatten)]
    shared: measure::demo::Flags<timed::Way>,

    #[command(flatten)]
    repeat: measure::demo::Repeat<5>,
}

fn main() -> ExitCode {
    measure::demo::run(demo)
}

fn demo(args: Args) -> Result<(), measure::demo::Error> {
    let count = args.orders as usize;
    if let Some(count) = args.shared.print_sequence {
        let orders = workload::orders(args.shared.seed, count as usize);
        let lines = orders.map(|f| {
            format!("{} {:?} {} {}", f.id, f.status, f.quantity, f.country)
        });
        return Ok(measure::demo::print_lines(lines)?);
    }
    let fields: Vec<_> = workload::orders(args.shared.seed, count).collect();
    println!(
        "Compact layout: the bytes a value takes, and the ones you choose.\n"
    );
    if let Some(seconds) = args.shared.seconds {
        println!(
            "{} orders (seed {}) built, a pass over their quantities, dropped,\n\
             again and again for {seconds} s.\n",
            format::count(count as u64),
            args.shared.seed
        );
        timed::run(args.shared.way(), &fields, seconds, args.shared.report)?;
        return Ok(());
    }
    print_sizes();
    print_field_order();
    print_article();
    println!(
        "\n{} orders (seed {}): as ported from C#, compact, and as columns.",
        format::count(count as u64),
        args.shared.seed
    );
    let repeat = args.repeat.repeat as usize;
    match repeat {
        1 => println!("Each pass timed once.\n"),
        _ => println!("Each pass timed {repeat} times; times are medians.\n"),
    }
    let rss = measure::Rss::baseline();
    let naive = ways::measure::<Vec<naive::Order>>(&fields, repeat);
    let compact = ways::measure::<Vec<Order>>(&fields, repeat);
    let columns = ways::measure::<Columns>(&fields, repeat);
    print_orders(count as u64, [&naive, &compact, &columns]);
    println!("\n{}", rss.growth_line());
    println!("\n{DOTNET}");
    Ok(())
}

fn print_sizes() {
    println!(
        "Sizes on this machine (size_of, align_of), read from the compiler:"
    );
    // Written out, not a `Table`: the last column is words, left-aligned.
    let line = |name: &str, bytes: &str, align: &str, why: &str| {
        println!("  {name:<24}  {bytes:>5}  {align:>5}  {why}");
    };
    line("type", "bytes", "align", "why");
    let rule = |n: usize| "─".repeat(n);
    line(&rule(24), &rule(5), &rule(5), &rule(26));
    for size in sizes::table() {
        let (bytes, align) = (size.bytes.to_string(), size.align.to_string());
        line(size.name, &bytes, &align, size.why);
    }
}

fn print_field_order() {
    let (rust, c) = sizes::field_order();
    let offsets = |layout: Layout| {
        let [a, b, c] = layout.offsets;
        format!("{:>2} bytes: a at {a}, b at {b}, c at {c}", layout.bytes)
    };
    println!(
        "\nThree fields declared {{ a: u8, b: u64, c: u8 }}:\n  \
         Rust's layout (reordered)   {}\n  \
         #[repr(C)], as declared     {}\n  \
         (C#: LayoutKind.Sequential lays out as #[repr(C)] does.)",
        offsets(rust),
        offsets(c)
    );
}

fn print_article() {
    let [(plain, user), (u8_status, u8_user)] = sizes::article();
    println!(
        "\nUser {{ id: u64, status: Status }}, Status of 3 variants:\n  \
         without #[repr(u8)]   Status {plain} byte, User {user} bytes\n  \
         with #[repr(u8)]      Status {u8_status} byte, User {u8_user} bytes\n  \
         1,000 statuses in an array: {} bytes; beside a u64, padding fills 7",
        format::count(sizes::statuses_in_an_array() as u64)
    );
}

fn print_orders(count: u64, [naive, compact, columns]: [&Measured; 3]) {
    let mut table = Table::new([
        "",
        <Vec<naive::Order> as Store>::NAME,
        <Vec<Order> as Store>::NAME,
        <Columns as Store>::NAME,
    ]);
    let row = |f: fn(&Measured) -> String| [naive, compact, columns].map(f);
    let [a, b, c] = row(|m| format::bytes(m.heap_bytes));
    table.row(["heap".to_string(), a, b, c]);
    let [a, b, c] = row(|m| format::count(m.allocations));
    table.row(["allocations".to_string(), a, b, c]);
    let per = |m: &Measured| format::count(m.heap_bytes / count.max(1));
    table.row([
        "heap per order (B)".to_string(),
        per(naive),
        per(compact),
        per(columns),
    ]);
    let [a, b, c] = row(|m| format::count(m.total_quantity));
    table.row(["sum of quantities".to_string(), a, b, c]);
    println!("{table}");
    println!("Median time of a pass that sums the quantities:");
    println!(
        "  as ported {}, compact {}: compact {}",
        format::duration(naive.pass),
        format::duration(compact.pass),
        format::speedup(naive.pass, compact.pass)
    );
    println!(
        "  compact {}, columns {}: columns {}",
        format::duration(compact.pass),
        format::duration(columns.pass),
        format::speedup(compact.pass, columns.pass)
    );
}
