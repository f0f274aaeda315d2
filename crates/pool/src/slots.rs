//! One interface over the two pools, so the demo measures both with the same
//! code.

use pool::naive::BoxPool;
use pool::workload::Particle;
use pool::{Handle, Pool};

/// What the demo does with a pool of particles.
pub trait Slots: Sized {
    /// The pool's name in a table.
    const NAME: &'static str;
    fn empty() -> Self;
    fn put(&mut self, particle: Particle) -> Handle;
    fn take(&mut self, handle: Handle) -> Option<Particle>;
    fn slots(&self) -> usize;
}

/// `Slots` for a pool type: both pools have the same methods, so one body
/// serves both.
macro_rules! slots {
    ($pool:ty, $name:literal) => {
        impl Slots for $pool {
            const NAME: &'static str = $name;
            fn empty() -> Self {
                <$pool>::new()
            }
            fn put(&mut self, particle: Particle) -> Handle {
                self.insert(particle)
            }
            fn take(&mut self, handle: Handle) -> Option<Particle> {
                self.remove(handle)
            }
            fn slots(&self) -> usize {
                self.capacity()
            }
        }
    };
}

slots!(BoxPool<Particle>, "Box per object");
slots!(Pool<Particle>, "Pool");

/// Fills `pool` with `live` particles, their handles in `handles` (cleared
/// first).
pub fn warm_up<S: Slots>(pool: &mut S, handles: &mut Vec<Handle>, live: usize) {
    handles.clear();
    handles.extend((0..live as u64).map(|id| pool.put(Particle::new(id))));
}

/// One cycle per victim: remove the particle at that position of `handles` (the
/// last one moves into its place), then insert a new one at the end.
pub fn churn<S: Slots>(
    pool: &mut S,
    handles: &mut Vec<Handle>,
    victims: &[usize],
) {
    let first_id = handles.len() as u64;
    for (cycle, &victim) in victims.iter().enumerate() {
        let gone = pool.take(handles.swap_remove(victim));
        std::hint::black_box(gone);
        handles.push(pool.put(Particle::new(first_id + cycle as u64)));
    }
}
