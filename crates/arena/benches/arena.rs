//! Two questions, with divan's allocation counts (`just bench arena` records
//! the results, with the machine, in docs/src/runs/arena-bench.txt; the chapter
//! shows them):
//!
//! - `tree`: the 100,000-node tree built and dropped: a `Box` per node vs
//!   `bumpalo::Bump` (fresh, or reset and reused) vs the exercise's own
//!   starting point. Goal: bumpalo at least 10× faster than `Box` + drop.
//! - `values`: 10,000 small `Copy` values, one allocation each: `Box` vs
//!   `bumpalo` vs step 2's `BumpArena` vs `typed-arena`. The arenas are reset
//!   and reused (`typed-arena` has no reset: it is made with room for all of
//!   them), so page faults are not what is measured. Goal: `BumpArena` within
//!   1.3× of bumpalo per allocation.
//!
//! Run: `cargo bench -p arena --features bench`. CI only compiles it (`cargo
//! bench --no-run`).

use arena::bump::BumpArena;
use arena::naive::build_boxed;
use arena::workload::{NODES, SEED, specs};
use arena::{Bump, Spec, build_tree};
use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use std::cell::RefCell;
use std::sync::LazyLock;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// The tree every `tree` bench builds: the demo's.
static SPECS: LazyLock<Vec<Spec>> = LazyLock::new(|| specs(SEED, NODES));

mod tree {
    use super::*;

    #[divan::bench]
    fn box_per_node(bencher: Bencher) {
        let specs = &*SPECS;
        bencher
            .counter(ItemsCount::new(NODES))
            .bench_local(|| drop(black_box(build_boxed(specs))));
    }

    #[divan::bench]
    fn box_then_copy_naive(bencher: Bencher) {
        let specs = &*SPECS;
        bencher.counter(ItemsCount::new(NODES)).bench_local(|| {
            let arena = Bump::new();
            black_box(arena::naive::build_tree(&arena, specs).is_ok());
        });
    }

    #[divan::bench]
    fn bumpalo_fresh(bencher: Bencher) {
        let specs = &*SPECS;
        bencher.counter(ItemsCount::new(NODES)).bench_local(|| {
            let arena = Bump::new();
            black_box(build_tree(&arena, specs).is_ok());
        });
    }

    #[divan::bench]
    fn bumpalo_reset(bencher: Bencher) {
        let specs = &*SPECS;
        let arena = RefCell::new(Bump::new());
        bencher.counter(ItemsCount::new(NODES)).bench_local(|| {
            let mut arena = arena.borrow_mut();
            arena.reset();
            black_box(build_tree(&arena, specs).is_ok());
        });
    }
}

mod values {
    use super::*;

    /// How many values each bench allocates.
    const COUNT: usize = 10_000;

    /// A small `Copy` value: 24 bytes, aligned to 8. (Written, never read: the
    /// bench is the allocation.)
    #[allow(dead_code)]
    #[derive(Debug, Clone, Copy)]
    struct Item {
        id: u64,
        x: u64,
        y: u64,
    }

    fn item(i: usize) -> Item {
        Item {
            id: i as u64,
            x: i as u64 * 3,
            y: i as u64 * 7,
        }
    }

    #[divan::bench]
    fn boxed(bencher: Bencher) {
        let boxes = RefCell::new(Vec::with_capacity(COUNT));
        bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
            let mut boxes = boxes.borrow_mut();
            boxes.extend((0..COUNT).map(|i| Box::new(item(black_box(i)))));
            black_box(&*boxes);
            boxes.clear(); // frees the boxes, keeps the Vec
        });
    }

    #[divan::bench]
    fn bumpalo(bencher: Bencher) {
        let arena = RefCell::new(Bump::new());
        bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
            let mut arena = arena.borrow_mut();
            arena.reset();
            for i in 0..COUNT {
                black_box(arena.alloc(item(black_box(i))));
            }
        });
    }

    #[divan::bench]
    fn step2_bump_arena(bencher: Bencher) {
        let arena = RefCell::new(BumpArena::new());
        bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
            let mut arena = arena.borrow_mut();
            arena.reset();
            for i in 0..COUNT {
                black_box(arena.alloc(item(black_box(i))));
            }
        });
    }

    #[divan::bench]
    fn typed_arena(bencher: Bencher) {
        bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
            let arena = typed_arena::Arena::with_capacity(COUNT);
            for i in 0..COUNT {
                black_box(arena.alloc(item(black_box(i))));
            }
        });
    }
}
