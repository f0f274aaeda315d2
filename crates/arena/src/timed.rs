//! The timed run: build the tree one way and drop it, again and again for N seconds, with a
//! measured line per second. This is what `workshop compare arena` runs beside the C# twin,
//! which builds the same tree as many times as it can in the same time.

use arena::naive::build_boxed;
use arena::{Bump, Spec, build_tree};
use measure::{Columns, Rss, format};
use std::time::{Duration, Instant};

/// How the timed run builds the tree. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tree {
    /// A `Box`, a `String` and a `Vec` per node (in C#: a class per node).
    PerNode,
    /// Every node in one `bumpalo::Bump`, reset before each build so its chunks are reused
    /// (in C#: a struct array with int indices, cleared before each build).
    Arena,
}

/// How long, which way, and whether to print the `@` lines `workshop compare` reads.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub seconds: u64,
    pub tree: Tree,
    pub report: bool,
}

/// With `report`, at most this many build-and-drop times are recorded, in a buffer allocated
/// before the measured loop (so recording never allocates inside it).
const RECORDED_BUILDS: usize = 200_000;

/// Builds and drops the tree for `settings.seconds`, printing a line per second.
pub fn run(specs: &[Spec], settings: Settings) {
    let rss = Rss::baseline();
    let mut durations_us: Vec<u32> =
        Vec::with_capacity(if settings.report { RECORDED_BUILDS } else { 0 });
    let columns = Columns::new([7, 8, 12, 10, 10, 11]);
    println!(
        "{}",
        columns.line([
            "time",
            "builds",
            "allocations",
            "allocated",
            "live",
            "RSS growth"
        ])
    );
    println!("{}", columns.rule());
    let start = measure::counters();
    let started = Instant::now();
    let (mut previous, mut builds, mut builds_before) = (start, 0u64, 0u64);
    let mut arena = Bump::new();
    for second in 1..=settings.seconds {
        let until = started + Duration::from_secs(second);
        while Instant::now() < until {
            let began = Instant::now();
            build_and_drop(specs, settings.tree, &mut arena);
            if durations_us.len() < durations_us.capacity() {
                let micros = began.elapsed().as_micros();
                durations_us.push(u32::try_from(micros).unwrap_or(u32::MAX));
            }
            builds += 1;
        }
        let now = measure::counters();
        println!(
            "{}",
            columns.line([
                format!("{second:>2}/{} s", settings.seconds),
                format::count(builds - builds_before),
                format::count(now.allocations - previous.allocations),
                format::bytes(now.bytes_allocated - previous.bytes_allocated),
                format::bytes(now.live_bytes as u64),
                rss.above_baseline()
                    .map_or("n/a".to_string(), format::signed_bytes),
            ])
        );
        (previous, builds_before) = (now, builds);
    }
    let end = measure::counters();
    println!(
        "\n{} builds in {}: {} allocations, {} allocated,\npeak live heap {}.",
        format::count(builds),
        format::duration(started.elapsed()),
        format::count(end.allocations - start.allocations),
        format::bytes(end.bytes_allocated - start.bytes_allocated),
        format::bytes(end.peak_live_bytes as u64),
    );
    if settings.report {
        durations_us.sort_unstable();
        let listed: Vec<String> = durations_us.iter().map(u32::to_string).collect();
        println!("@runtime Rust (no garbage collector)");
        println!("@iterations {builds}");
        println!("@durations_us {}", listed.join(","));
        println!("@allocated {}", end.bytes_allocated - start.bytes_allocated);
    }
}

/// Builds the tree `tree`'s way and drops it (into `arena`, reset first, for [`Tree::Arena`]).
fn build_and_drop(specs: &[Spec], tree: Tree, arena: &mut Bump) {
    match tree {
        Tree::PerNode => {
            let root = build_boxed(specs).expect("the workload is a tree");
            std::hint::black_box(&root);
        }
        Tree::Arena => {
            arena.reset();
            let root = build_tree(arena, specs).expect("the workload is a tree");
            std::hint::black_box(root);
        }
    }
}
