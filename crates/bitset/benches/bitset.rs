//! `Vec<bool>` (the baseline) vs our `BitSet` vs `fixedbitset`, on the demo's
//! workload, with divan's allocation counts (`just bench bitset` records the
//! results, with the machine, in docs/src/runs/bitset-bench.txt; the chapter
//! shows them). Goals: within 1.2× of fixedbitset on random insert + contains
//! and on count; count at least 15× faster than counting a `Vec<bool>`.
//!
//! Run: `cargo bench -p bitset --features bench`. CI only compiles it (`cargo
//! bench --no-run`).

use bitset::BitSet;
use bitset::naive::BoolSet;
use bitset::workload::{FLAGS, SEED, TOUCHES, indexes};
use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use fixedbitset::FixedBitSet;
use std::sync::LazyLock;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// The demo's random indexes: inserted, then looked up (a second draw).
static INSERTS: LazyLock<Vec<usize>> =
    LazyLock::new(|| indexes(SEED, TOUCHES, FLAGS));
static LOOKUPS: LazyLock<Vec<usize>> =
    LazyLock::new(|| indexes(SEED + 1, TOUCHES, FLAGS));

/// The three sets, as the benches use them (their own methods, inlined).
trait Set {
    fn new(bits: usize) -> Self;
    fn set(&mut self, index: usize);
    fn has(&self, index: usize) -> bool;
    fn ones(&self) -> usize;
}

impl Set for BoolSet {
    fn new(bits: usize) -> Self {
        BoolSet::with_capacity(bits).expect("fits")
    }
    fn set(&mut self, index: usize) {
        let _ = self.insert(index);
    }
    fn has(&self, index: usize) -> bool {
        self.contains(index)
    }
    fn ones(&self) -> usize {
        self.len()
    }
}

impl Set for BitSet {
    fn new(bits: usize) -> Self {
        BitSet::with_capacity(bits).expect("fits")
    }
    fn set(&mut self, index: usize) {
        let _ = self.insert(index);
    }
    fn has(&self, index: usize) -> bool {
        self.contains(index)
    }
    fn ones(&self) -> usize {
        self.len()
    }
}

impl Set for FixedBitSet {
    fn new(bits: usize) -> Self {
        FixedBitSet::with_capacity(bits)
    }
    fn set(&mut self, index: usize) {
        self.insert(index);
    }
    fn has(&self, index: usize) -> bool {
        self.contains(index)
    }
    fn ones(&self) -> usize {
        self.count_ones(..)
    }
}

/// Random inserts into an empty set of FLAGS flags, then as many random
/// lookups.
#[divan::bench(types = [BoolSet, BitSet, FixedBitSet])]
fn insert_and_contains<S: Set>(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(2 * TOUCHES))
        .with_inputs(|| S::new(FLAGS))
        .bench_local_values(|mut set| {
            INSERTS.iter().for_each(|&i| set.set(i));
            LOOKUPS.iter().filter(|&&i| set.has(i)).count()
        });
}

/// Counting the flags that are set, in a set holding the demo's inserts.
#[divan::bench(types = [BoolSet, BitSet, FixedBitSet])]
fn count<S: Set>(bencher: Bencher) {
    let mut set = S::new(FLAGS);
    INSERTS.iter().for_each(|&i| set.set(i));
    bencher
        .counter(ItemsCount::new(FLAGS))
        .bench_local(|| black_box(&set).ones());
}

/// Setting every flag in order: where packing does not pay.
#[divan::bench(types = [BoolSet, BitSet, FixedBitSet])]
fn fill_in_order<S: Set>(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(FLAGS))
        .with_inputs(|| S::new(FLAGS))
        .bench_local_values(|mut set| {
            (0..FLAGS).for_each(|i| set.set(i));
            set
        });
}
