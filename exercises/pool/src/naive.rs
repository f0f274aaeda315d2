//! The demo's baseline: the pool's slots and handles, with each value in a `Box` of its own,
//! as a C# pool of class instances holds references. Correct, but every insert allocates and
//! every remove frees, which is what step 3 is about. Do not change this file: the demo, the
//! benchmarks and `workshop verify` (which proves the allocation test fails on it) use it,
//! through the reference solution.

use crate::{Handle, next_pool_id};

/// One slot: its generation, and its boxed value while it has one.
#[derive(Debug)]
struct Slot<T> {
    generation: u32,
    value: Option<Box<T>>,
}

// ANCHOR: box_pool
/// A pool whose values each live in a `Box`: an allocation per insert, a free per remove.
#[derive(Debug)]
pub struct BoxPool<T> {
    id: u32,
    slots: Vec<Slot<T>>,
    free: Vec<u32>,
    len: usize,
    generations: u32,
}
// ANCHOR_END: box_pool

impl<T> Default for BoxPool<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> BoxPool<T> {
    pub fn new() -> Self {
        Self::with_generations(u32::MAX)
    }

    pub fn with_generations(limit: u32) -> Self {
        Self {
            id: next_pool_id(),
            slots: Vec::new(),
            free: Vec::new(),
            len: 0,
            generations: limit.max(1),
        }
    }

    pub fn insert(&mut self, value: T) -> Handle {
        let value = Some(Box::new(value)); // the allocation a pool exists to avoid
        let index = match self.free.pop() {
            Some(index) => index,
            None => {
                let index = u32::try_from(self.slots.len()).expect("at most u32::MAX slots");
                self.slots.push(Slot {
                    generation: 0,
                    value: None,
                });
                index
            }
        };
        let slot = &mut self.slots[index as usize];
        slot.value = value;
        self.len += 1;
        Handle {
            pool: self.id,
            index,
            generation: slot.generation,
        }
    }

    fn slot(&self, handle: Handle) -> Option<&Slot<T>> {
        let slot = self.slots.get(handle.index as usize)?;
        (handle.pool == self.id && slot.generation == handle.generation).then_some(slot)
    }

    pub fn get(&self, handle: Handle) -> Option<&T> {
        self.slot(handle)?.value.as_deref()
    }

    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        self.slot(handle)?;
        self.slots[handle.index as usize].value.as_deref_mut()
    }

    pub fn remove(&mut self, handle: Handle) -> Option<T> {
        self.slot(handle)?;
        let slot = &mut self.slots[handle.index as usize];
        let value = slot.value.take()?;
        self.len -= 1;
        if slot.generation + 1 < self.generations {
            slot.generation += 1;
            self.free.push(handle.index);
        }
        Some(*value)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    pub fn clear(&mut self) {
        let handles: Vec<Handle> = self.iter().map(|(handle, _)| handle).collect();
        for handle in handles {
            self.remove(handle);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        self.slots.iter().enumerate().filter_map(|(index, slot)| {
            let handle = Handle {
                pool: self.id,
                index: index as u32,
                generation: slot.generation,
            };
            slot.value.as_deref().map(|value| (handle, value))
        })
    }
}
