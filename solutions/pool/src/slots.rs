//! The pool itself.

use crate::{Handle, next_pool_id};

// ANCHOR: slot
/// One slot. Its generation counts the values it has held; a free slot links to the next
/// free one, so the free list needs no memory of its own.
#[derive(Debug)]
enum Slot<T> {
    Held {
        generation: u32,
        value: T,
    },
    Free {
        generation: u32,
        next: Option<u32>,
    },
    /// Its generations ran out: never reused, so no old handle can match it again.
    Retired,
}

/// A pool of `T`s with generational handles.
#[derive(Debug)]
pub struct Pool<T> {
    /// This pool's number: handles from other pools carry another.
    id: u32,
    slots: Vec<Slot<T>>,
    /// The most recently freed slot: the head of the free list.
    free: Option<u32>,
    len: usize,
    /// How many values a slot may hold in its life.
    generations: u32,
}
// ANCHOR_END: slot

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Pool<T> {
    /// An empty pool: no allocation until the first insert. Its slots take up to `u32::MAX`
    /// occupants each.
    pub fn new() -> Self {
        Self::with_generations(u32::MAX)
    }

    /// A pool whose slots each take at most `limit` occupants (at least 1): a slot whose
    /// generation would reach `limit` is retired, never reused, so a generation never wraps
    /// around to match an old handle. [`Pool::new`] is `with_generations(u32::MAX)`.
    pub fn with_generations(limit: u32) -> Self {
        Self {
            id: next_pool_id(),
            slots: Vec::new(),
            free: None,
            len: 0,
            generations: limit.max(1),
        }
    }

    // ANCHOR: insert
    /// Stores `value` in a free slot (the most recently freed), or a new one, and returns
    /// its handle. Panics, as `Vec` does, past `u32::MAX` slots.
    #[inline]
    pub fn insert(&mut self, value: T) -> Handle {
        let (index, generation) = match self.free {
            Some(index) => {
                let slot = &mut self.slots[index as usize];
                let Slot::Free { generation, next } = *slot else {
                    unreachable!("the free list holds only free slots");
                };
                self.free = next;
                *slot = Slot::Held { generation, value };
                (index, generation)
            }
            None => {
                let index = u32::try_from(self.slots.len()).expect("at most u32::MAX slots");
                self.slots.push(Slot::Held {
                    generation: 0,
                    value,
                });
                (index, 0)
            }
        };
        self.len += 1;
        Handle {
            pool: self.id,
            index,
            generation,
        }
    }
    // ANCHOR_END: insert

    // ANCHOR: get
    /// The value `handle` refers to, or `None` if it is not in this pool any more, or never
    /// was (another pool's handle, a slot that does not exist, a forged generation).
    pub fn get(&self, handle: Handle) -> Option<&T> {
        match self.slots.get(handle.index as usize)? {
            Slot::Held { generation, value }
                if *generation == handle.generation && handle.pool == self.id =>
            {
                Some(value)
            }
            _ => None,
        }
    }

    /// Like [`Pool::get`], mutably.
    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        match self.slots.get_mut(handle.index as usize)? {
            Slot::Held { generation, value }
                if *generation == handle.generation && handle.pool == self.id =>
            {
                Some(value)
            }
            _ => None,
        }
    }
    // ANCHOR_END: get

    // ANCHOR: remove
    /// Takes the value out and frees its slot for the next insert; `None` as for `get`.
    #[inline]
    pub fn remove(&mut self, handle: Handle) -> Option<T> {
        let slot = self.slots.get_mut(handle.index as usize)?;
        match slot {
            Slot::Held { generation, .. }
                if *generation == handle.generation && handle.pool == self.id => {}
            _ => return None,
        }
        // The slot's next occupant gets the next generation, unless that reaches the limit.
        let freed = if handle.generation + 1 < self.generations {
            Slot::Free {
                generation: handle.generation + 1,
                next: self.free.replace(handle.index),
            }
        } else {
            Slot::Retired
        };
        self.len -= 1;
        match std::mem::replace(slot, freed) {
            Slot::Held { value, .. } => Some(value),
            _ => unreachable!("the slot was checked to be held"),
        }
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

    /// Removes every value, keeping the slots for reuse; every handle handed out before is
    /// refused after.
    pub fn clear(&mut self) {
        for index in 0..self.slots.len() {
            if let Slot::Held { generation, .. } = self.slots[index] {
                let handle = Handle {
                    pool: self.id,
                    index: index as u32,
                    generation,
                };
                self.remove(handle);
            }
        }
    }

    /// Every value with its handle, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        let pool = self.id;
        self.slots
            .iter()
            .zip(0..)
            .filter_map(move |(slot, index)| match slot {
                Slot::Held { generation, value } => {
                    let generation = *generation;
                    Some((
                        Handle {
                            pool,
                            index,
                            generation,
                        },
                        value,
                    ))
                }
                _ => None,
            })
    }
}
