//! Exercise: **object pools**.
//!
//! Run `cargo workshop check pool` to see where you are, and `cargo workshop
//! hint pool` when you are stuck. The tests are in `tests/`: read them.
//!
//! A pool keeps its values in slots and hands out [`Handle`]s. A removed
//! value's slot goes on a free list and the next insert reuses it, so in steady
//! state the pool allocates nothing: .NET's `ObjectPool<T>` and `ArrayPool<T>`
//! idea, in safe Rust. Step 1: insert, get and remove with a free list. Step 2:
//! generations, so a handle to a removed value gets `None`, never the value
//! that reused its slot. Step 3: no allocation in steady state.
//!
//! Change only this file: what is marked `TODO`, and any types of your own you
//! add for it. The other files are given: the handle (`given.rs`), the demo's
//! baseline (`naive.rs`) and the churn (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

/// Your pool, which the baseline (`naive.rs`) fills with a `Box` per value.
use Pool as ValuePool;
pub use given::*;

// TODO (step 1): choose the pool's fields: its slots, its free list, and where
// its generations start (`first`) and how many a slot may have (`limit`).
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
    /// An empty pool: no allocation until the first insert. Its generations
    /// start at a point of their own ([`first_generation`]), and its slots take
    /// up to `u32::MAX` occupants each.
    pub fn new() -> Self {
        Self::with_generations(first_generation(), u32::MAX)
    }

    // TODO (step 1): the pool; (step 2): its generations, and slots that
    // retire.
    /// A pool whose slots' generations start at `first` and count up (wrapping
    /// past `u32::MAX` to 0), each slot taking at most `limit` occupants (at
    /// least 1): after its `limit`-th a slot is retired, never reused, so no
    /// generation comes round again to match an old handle.
    pub fn with_generations(first: u32, limit: u32) -> Self {
        todo!("step 1: an empty pool; step 2: with these generations")
    }

    // TODO (step 1): the basic operations, with a free list; keep the
    // signatures.
    /// Stores `value` in a free slot (the most recently freed), or a new one,
    /// and returns its handle. Panics, as `Vec` does, past `u32::MAX` slots.
    pub fn insert(&mut self, value: T) -> Handle {
        todo!("step 1: insert, reusing a free slot")
    }

    /// The value `handle` refers to, or `None` if it is not in this pool any
    /// more, or never was (another pool's handle, a slot that does not exist, a
    /// forged generation).
    pub fn get(&self, handle: Handle) -> Option<&T> {
        todo!("step 1: look a handle up")
    }

    /// Like [`Pool::get`], mutably.
    pub fn get_mut(&mut self, handle: Handle) -> Option<&mut T> {
        todo!("step 1: look a handle up, mutably")
    }

    /// Takes the value out and frees its slot for the next insert; `None` as
    /// for `get`.
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

    /// Removes every value, keeping the slots for reuse; every handle handed
    /// out before is refused after.
    pub fn clear(&mut self) {
        todo!("step 1: clear")
    }

    /// Every value with its handle, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (Handle, &T)> {
        std::iter::from_fn(|| todo!("step 1: iterate over the values"))
    }
}
