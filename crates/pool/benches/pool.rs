//! The churn (remove + insert cycles on a pool of 100,000 live particles) with
//! a `Box` per object vs our `Pool` vs `slab` vs `slotmap` (the maintained
//! generational crate; `generational-arena` is unmaintained,
//! RUSTSEC-2024-0014), with divan's allocation counts. `just bench pool`
//! records the results, with the machine, in docs/src/runs/pool-bench.txt; the
//! chapter shows them. Goals: within 1.3× of `slab` on the churn; at least 8×
//! faster than the `Box` churn under the system allocator.
//!
//! Run: `cargo bench -p pool --features bench`. CI only compiles it (`cargo
//! bench --no-run`).

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use pool::naive::BoxPool;
use pool::workload::{LIVE, Particle, SEED, victims};
use pool::{Handle, Pool};
use slab::Slab;
use slotmap::{DefaultKey, SlotMap};
use std::sync::LazyLock;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// Cycles per sample: a tenth of the demo's, so a sample stays short.
const CYCLES: usize = 100_000;

static VICTIMS: LazyLock<Vec<usize>> =
    LazyLock::new(|| victims(SEED, CYCLES, LIVE));

/// The four containers, as the bench uses them.
trait Container {
    type Key: Copy;
    fn empty() -> Self;
    fn put(&mut self, particle: Particle) -> Self::Key;
    fn take(&mut self, key: Self::Key) -> Option<Particle>;
}

impl Container for BoxPool<Particle> {
    type Key = Handle;
    fn empty() -> Self {
        BoxPool::new()
    }
    fn put(&mut self, particle: Particle) -> Handle {
        self.insert(particle)
    }
    fn take(&mut self, key: Handle) -> Option<Particle> {
        self.remove(key)
    }
}

impl Container for Pool<Particle> {
    type Key = Handle;
    fn empty() -> Self {
        Pool::new()
    }
    fn put(&mut self, particle: Particle) -> Handle {
        self.insert(particle)
    }
    fn take(&mut self, key: Handle) -> Option<Particle> {
        self.remove(key)
    }
}

impl Container for Slab<Particle> {
    type Key = usize;
    fn empty() -> Self {
        Slab::new()
    }
    fn put(&mut self, particle: Particle) -> usize {
        self.insert(particle)
    }
    fn take(&mut self, key: usize) -> Option<Particle> {
        self.try_remove(key)
    }
}

/// `slab` with 12-byte keys (the index and 8 bytes of nothing): what a handle
/// that also carried a pool number would cost, measured on the fastest pool.
#[derive(Debug)]
pub struct SlabWithWideKeys(Slab<Particle>);

impl Container for SlabWithWideKeys {
    type Key = [u32; 3];
    fn empty() -> Self {
        SlabWithWideKeys(Slab::new())
    }
    fn put(&mut self, particle: Particle) -> [u32; 3] {
        [self.0.insert(particle) as u32, 0, 0]
    }
    fn take(&mut self, key: [u32; 3]) -> Option<Particle> {
        self.0.try_remove(key[0] as usize)
    }
}

impl Container for SlotMap<DefaultKey, Particle> {
    type Key = DefaultKey;
    fn empty() -> Self {
        SlotMap::new()
    }
    fn put(&mut self, particle: Particle) -> DefaultKey {
        self.insert(particle)
    }
    fn take(&mut self, key: DefaultKey) -> Option<Particle> {
        self.remove(key)
    }
}

/// A container warmed up to LIVE particles (not timed), then CYCLES remove +
/// insert cycles.
#[divan::bench(types = [
    BoxPool<Particle>,
    Pool<Particle>,
    Slab<Particle>,
    SlabWithWideKeys,
    SlotMap<DefaultKey, Particle>,
])]
fn churn<C: Container>(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(CYCLES))
        .with_inputs(|| {
            let mut container = C::empty();
            let keys: Vec<C::Key> = (0..LIVE as u64)
                .map(|id| container.put(Particle::new(id)))
                .collect();
            (container, keys)
        })
        .bench_local_values(|(mut container, mut keys)| {
            for (cycle, &victim) in VICTIMS.iter().enumerate() {
                black_box(container.take(keys.swap_remove(victim)));
                keys.push(container.put(Particle::new((LIVE + cycle) as u64)));
            }
            (container, keys)
        });
}
