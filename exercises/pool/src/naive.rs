//! The demo's baseline: the pool, with each value in a `Box` of its own, as a
//! C# pool of class instances holds references. The same slots, free list and
//! handles (it is your `Pool`, holding `Box<T>`s), so the only difference the
//! demo measures is the `Box`: every insert allocates and every remove frees,
//! which is what step 3 is about. Do not change this file: the demo, the
//! benchmarks and the workshop's own checks (which prove the allocation test
//! fails on it) use it, through the reference solution.

use crate::{Handle, ValuePool};

// ANCHOR: box_pool
/// A pool whose values each live in a `Box`: an allocation per insert, a free
/// per remove.
#[derive(Debug)]
pub struct BoxPool<T>(ValuePool<Box<T>>);

impl<T> BoxPool<T> {
    pub fn insert(&mut self, value: T) -> Handle {
        self.0.insert(Box::new(value)) // the allocation a pool exists to avoid
    }

    pub fn remove(&mut self, handle: Handle) -> Option<T> {
        self.0.remove(handle).map(|boxed| *boxed) // and the free
    }
}
// ANCHOR_END: box_pool

impl<T> Default for BoxPool<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> BoxPool<T> {
    pub fn new() -> Self {
        Self(ValuePool::new())
    }

    pub fn with_generations(first: u32, limit: u32) -> Self {
        Self(ValuePool::with_generations(first, limit))
    }

    pub fn get(&self, handle: Handle) -> Option<&T> {
        self.0.get(handle).map(|boxed| &**boxed)
    }

    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        self.0.get_mut(handle).map(|boxed| &mut **boxed)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        self.0.iter().map(|(handle, boxed)| (handle, &**boxed))
    }
}
