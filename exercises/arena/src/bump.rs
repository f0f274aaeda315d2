//! Step 2 (stretch): a bump allocator of your own, for `Copy` values.
//!
//! It holds a list of chunks, memory from the system allocator. Allocating
//! aligns a cursor in the newest chunk and moves it past the value; when the
//! chunk is full it allocates a new one,
//! [`FIRST_CHUNK_SIZE`](crate::FIRST_CHUNK_SIZE) bytes first, then twice the
//! last chunk's size, an oversized one included (or the request's size, if
//! larger), aligned to at least [`CHUNK_ALIGN`](crate::CHUNK_ALIGN). Nothing is
//! freed until [`BumpArena::reset`] or drop. Values are `Copy`, so none of them
//! needs its `Drop` to run.
//!
//! This is the one place in the workshop that needs `unsafe`: write a `//
//! SAFETY:` comment above every `unsafe` block that says why it is sound. The
//! tests run under valgrind in CI.

use crate::AllocError;

// TODO (step 2): give `BumpArena` its fields and write its methods; keep their
// signatures.
/// A bump allocator for `Copy` values over a list of chunks.
#[derive(Debug)]
pub struct BumpArena {}

impl Default for BumpArena {
    fn default() -> Self {
        Self::new()
    }
}

// When you implement it, keep only `clippy::mut_from_ref`: handing out `&mut T`
// from `&self` is what an arena does, and the lint cannot see the cells that
// make it sound.
#[allow(unused_variables, clippy::mut_from_ref)]
impl BumpArena {
    /// An empty arena; it allocates its first chunk on its first allocation.
    pub fn new() -> Self {
        todo!("step 2: an empty arena")
    }

    /// Moves `value` into the arena. Aborts, like `Box::new`, if the system is
    /// out of memory.
    pub fn alloc<T: Copy>(&self, value: T) -> &mut T {
        todo!("step 2: allocate one value")
    }

    /// Copies `values` into the arena.
    pub fn alloc_slice_copy<T: Copy>(&self, values: &[T]) -> &mut [T] {
        todo!("step 2: copy a slice")
    }

    /// `len` copies of `value`, or [`AllocError::TooLarge`] if `len` values
    /// would not fit in `isize::MAX` bytes, or [`AllocError::OutOfMemory`] if
    /// the system has no room for them: never a panic. Zero-sized values take
    /// no room: any number of them returns at once.
    pub fn try_alloc_slice_fill<T: Copy>(
        &self,
        len: usize,
        value: T,
    ) -> Result<&mut [T], AllocError> {
        todo!("step 2: fill a slice, or say why not")
    }

    /// Frees every chunk but the largest and starts again at its beginning:
    /// filled again with no more than that chunk holds, the arena asks the
    /// system for nothing; with more, it adds chunks as before.
    pub fn reset(&mut self) {
        todo!("step 2: reset, keeping the largest chunk")
    }

    /// How many chunks the arena holds.
    pub fn chunk_count(&self) -> usize {
        todo!("step 2: count the chunks")
    }

    /// The bytes of all its chunks together.
    pub fn capacity(&self) -> usize {
        todo!("step 2: the chunks' bytes")
    }
}
