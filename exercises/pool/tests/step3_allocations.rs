//! Step 3: in steady state (the pool as large as it ever gets, and warmed up by
//! a first round of cycles), remove + insert cycles make no allocation at all.
//! A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use pool::workload::{Particle, victims};
use pool::{Handle, Pool};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn remove_and_insert_cycles_allocate_nothing_once_warm() {
    const LIVE: usize = 10_000;
    const CYCLES: usize = 100_000;
    /// The first cycles are warm-up too: a free list kept in a `Vec` grows on
    /// the first remove.
    const WARM_UP_CYCLES: usize = 1_000;
    let victims = victims(43, WARM_UP_CYCLES + CYCLES, LIVE);
    let mut handles: Vec<Handle> = Vec::with_capacity(LIVE);
    let heap = measure::HeapTest::start();

    let mut pool = Pool::new();
    for id in 0..LIVE as u64 {
        handles.push(pool.insert(Particle::new(id)));
    }
    let mut warm = heap.usage();
    for (cycle, &victim) in victims.iter().enumerate() {
        if cycle == WARM_UP_CYCLES {
            warm = heap.usage();
        }
        let removed = pool.remove(handles.swap_remove(victim));
        assert!(
            removed.is_some(),
            "cycle {cycle}: the victim is in the pool"
        );
        handles.push(pool.insert(Particle::new((LIVE + cycle) as u64)));
    }
    let churned = heap.usage();
    let capacity = pool.capacity();
    drop(pool);
    let dropped = heap.usage();

    dhat::assert_eq!(
        churned.allocations - warm.allocations,
        0,
        "{CYCLES} remove + insert cycles after warm-up made {} allocations; the target is 0. \
         Store each value in its slot (an enum, or an Option), not in a Box of its own, and \
         take the next insert's slot from the free list.",
        churned.allocations - warm.allocations,
    );
    dhat::assert_eq!(
        capacity,
        LIVE,
        "the pool never needs more slots than values alive at once"
    );
    dhat::assert_eq!(dropped.live_bytes, 0, "dropping the pool frees it all");
}
