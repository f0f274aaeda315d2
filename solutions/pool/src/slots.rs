//! The pool itself.

use crate::{Handle, first_generation};

// ANCHOR: slot
/// One slot: its generation (which occupant it is on), and its value while it
/// has one.
#[derive(Debug)]
struct Slot<T> {
    generation: u32,
    value: Option<T>,
}

/// A pool of `T`s with generational handles.
#[derive(Debug)]
pub struct Pool<T> {
    slots: Vec<Slot<T>>,
    /// The free slots' indexes; the most recently freed last, to be reused
    /// first.
    free: Vec<u32>,
    len: usize,
    /// Every slot's first generation: where this pool's generations start.
    first: u32,
    /// How many values a slot may hold in its life.
    limit: u32,
}
// ANCHOR_END: slot

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Pool<T> {
    /// An empty pool: no allocation until the first insert. Its generations
    /// start at a point of their own ([`first_generation`]), and its slots take
    /// up to `u32::MAX` occupants each.
    pub fn new() -> Self {
        Self::with_generations(first_generation(), u32::MAX)
    }

    /// A pool whose slots' generations start at `first` and count up (wrapping
    /// past `u32::MAX` to 0), each slot taking at most `limit` occupants (at
    /// least 1): after its `limit`-th a slot is retired, never reused, so no
    /// generation comes round again to match an old handle.
    pub fn with_generations(first: u32, limit: u32) -> Self {
        Self {
            slots: Vec::new(),
            free: Vec::new(),
            len: 0,
            first,
            limit: limit.max(1),
        }
    }

    // ANCHOR: insert
    /// Stores `value` in a free slot (the most recently freed), or a new one,
    /// and returns its handle. Panics, as `Vec` does, past `u32::MAX` slots.
    #[inline]
    pub fn insert(&mut self, value: T) -> Handle {
        self.len += 1;
        let index = match self.free.pop() {
            Some(index) => index,
            None => {
                let index = u32::try_from(self.slots.len())
                    .expect("at most u32::MAX slots");
                self.slots.push(Slot {
                    generation: self.first,
                    value: None,
                });
                index
            }
        };
        let slot = &mut self.slots[index as usize];
        slot.value = Some(value);
        Handle {
            index,
            generation: slot.generation,
        }
    }
    // ANCHOR_END: insert

    // ANCHOR: get
    /// The value `handle` refers to, or `None` if it is not in this pool any
    /// more, or never was (another pool's handle, a slot that does not exist, a
    /// forged generation).
    pub fn get(&self, handle: Handle) -> Option<&T> {
        let slot = self.slots.get(handle.index as usize);
        slot.filter(|slot| slot.generation == handle.generation)?
            .value
            .as_ref()
    }

    /// Like [`Pool::get`], mutably.
    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        let slot = self.slots.get_mut(handle.index as usize);
        slot.filter(|slot| slot.generation == handle.generation)?
            .value
            .as_mut()
    }
    // ANCHOR_END: get

    // ANCHOR: remove
    /// Takes the value out and frees its slot for the next insert; `None` as
    /// for `get`.
    #[inline]
    pub fn remove(&mut self, handle: Handle) -> Option<T> {
        let slot = self.slots.get_mut(handle.index as usize);
        let slot = slot.filter(|slot| slot.generation == handle.generation)?;
        let value = slot.value.take()?;
        self.len -= 1;
        // The next occupant gets the next generation, unless the slot has had
        // its fill.
        let next = slot.generation.wrapping_add(1);
        if next.wrapping_sub(self.first) < self.limit {
            slot.generation = next;
            self.free.push(handle.index);
        }
        Some(value)
    }
    // ANCHOR_END: remove

    /// How many values the pool holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the pool holds no value.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many slots the pool has: held, free or retired.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Removes every value, keeping the slots for reuse; every handle handed
    /// out before is refused after.
    pub fn clear(&mut self) {
        for index in 0..self.slots.len() as u32 {
            let generation = self.slots[index as usize].generation;
            self.remove(Handle { index, generation });
        }
    }

    /// Every value with its handle, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        self.slots.iter().zip(0..).filter_map(|(slot, index)| {
            let handle = Handle {
                index,
                generation: slot.generation,
            };
            slot.value.as_ref().map(|value| (handle, value))
        })
    }
}
