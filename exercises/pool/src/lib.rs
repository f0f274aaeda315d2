//! Exercise: **object pools**.
//!
//! Run `cargo workshop check pool` to see where you are, and
//! `cargo workshop hint pool` when you are stuck. The tests are in `tests/`: read them.
//!
//! A pool keeps its values in slots and hands out [`Handle`]s. A removed value's slot goes
//! on a free list and the next insert reuses it, so in steady state the pool allocates
//! nothing: .NET's `ObjectPool<T>` and `ArrayPool<T>` idea, in safe Rust. Step 1: insert,
//! get and remove with a free list. Step 2: generations, so a handle to a removed value gets
//! `None`, never the value that reused its slot. Step 3: no allocation in steady state.
//!
//! Change only what is marked `TODO`, in this file. The other files are given: the handle
//! (`given.rs`), the demo's baseline (`naive.rs`) and the churn (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (step 1): choose the pool's fields: its slots, its free list, and its id (from
// `next_pool_id()`, so another pool's handles can be refused).
/// A pool of `T`s with generational handles.
#[allow(dead_code)] // remove this line when you choose the fields
#[derive(Debug)]
pub struct Pool<T> {
    placeholder: Vec<T>, // replace it with your fields
}

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[allow(unused_variables)] // remove this line when you implement the methods
impl<T> Pool<T> {
    // TODO (step 1): the basic operations, with a free list; keep the signatures.
    /// An empty pool: no allocation until the first insert. Its slots take up to `u32::MAX`
    /// occupants each.
    pub fn new() -> Self {
        todo!("step 1: an empty pool")
    }

    /// Stores `value` in a free slot (the most recently freed), or a new one, and returns
    /// its handle.
    pub fn insert(&mut self, value: T) -> Handle {
        todo!("step 1: insert, reusing a free slot")
    }

    /// The value `handle` refers to, or `None` if it is not in this pool any more, or never
    /// was (another pool's handle, a slot that does not exist, a forged generation).
    pub fn get(&self, handle: Handle) -> Option<&T> {
        todo!("step 1: look a handle up")
    }

    /// Like [`Pool::get`], mutably.
    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        todo!("step 1: look a handle up, mutably")
    }

    /// Takes the value out and frees its slot for the next insert; `None` as for `get`.
    pub fn remove(&mut self, handle: Handle) -> Option<T> {
        todo!("step 1: remove, freeing the slot")
    }

    /// How many values the pool holds.
    pub fn len(&self) -> usize {
        todo!("step 1: how many values")
    }

    /// Whether the pool holds no value.
    pub fn is_empty(&self) -> bool {
        todo!("step 1: empty?")
    }

    /// How many slots the pool has: held, free or retired.
    pub fn capacity(&self) -> usize {
        todo!("step 1: how many slots")
    }

    /// Removes every value, keeping the slots for reuse; every handle handed out before is
    /// refused after.
    pub fn clear(&mut self) {
        todo!("step 1: clear")
    }

    /// Every value with its handle, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        std::iter::from_fn(|| todo!("step 1: iterate over the values"))
    }

    // TODO (step 2): generations that run out.
    /// A pool whose slots each take at most `limit` occupants (at least 1): a slot whose
    /// generation would reach `limit` is retired, never reused, so a generation never wraps
    /// around to match an old handle. [`Pool::new`] is `with_generations(u32::MAX)`.
    pub fn with_generations(limit: u32) -> Self {
        todo!("step 2: a pool whose slots retire after `limit` occupants")
    }
}
