//! Step 2: a bump allocator of our own, for `Copy` values.
//!
//! It holds a list of chunks, memory from the system allocator. Allocating
//! aligns a cursor in the newest chunk and moves it past the value; when the
//! chunk is full it allocates a new one, [`FIRST_CHUNK_SIZE`] bytes first, then
//! twice the last chunk's size, an oversized one included (or the request's
//! size, if larger). Nothing is freed until [`BumpArena::reset`] or drop.
//! Values are `Copy`, so none of them needs its `Drop` to run: that is what
//! lets the arena forget them.

use crate::{AllocError, CHUNK_ALIGN, FIRST_CHUNK_SIZE};
use std::alloc::{self, Layout};
use std::cell::{Cell, RefCell};
use std::ptr::{self, NonNull};

// ANCHOR: fields
/// A bump allocator for `Copy` values over a list of chunks.
#[derive(Debug)]
pub struct BumpArena {
    /// Every chunk, the one being filled last.
    chunks: RefCell<Vec<Chunk>>,
    /// The next free byte of the last chunk.
    cursor: Cell<*mut u8>,
    /// One past the last byte of the last chunk. With no chunk yet, `cursor`
    /// and `end` are the same dangling address: nothing fits, so the first
    /// allocation makes a chunk.
    end: Cell<*mut u8>,
}

/// One block from the system allocator, freed with the layout it was allocated
/// with.
#[derive(Debug)]
struct Chunk {
    start: NonNull<u8>,
    layout: Layout,
}
// ANCHOR_END: fields

impl Default for BumpArena {
    fn default() -> Self {
        Self::new()
    }
}

// Handing out `&mut T` from `&self` is sound here: each allocation is a region
// no other allocation overlaps, and it stays valid until `reset` or drop, which
// take `&mut self`.
#[allow(clippy::mut_from_ref)]
impl BumpArena {
    /// An empty arena; it allocates its first chunk on its first allocation.
    pub fn new() -> Self {
        let nowhere = ptr::without_provenance_mut(CHUNK_ALIGN);
        Self {
            chunks: RefCell::new(Vec::new()),
            cursor: Cell::new(nowhere),
            end: Cell::new(nowhere),
        }
    }

    /// Moves `value` into the arena. Aborts, like `Box::new`, if the system is
    /// out of memory.
    pub fn alloc<T: Copy>(&self, value: T) -> &mut T {
        let place = self.place_or_abort(Layout::new::<T>()).cast::<T>();
        // SAFETY: `place` is aligned for T, valid for a write of size_of::<T>()
        // bytes, and no other allocation overlaps it; the borrow of `self`
        // keeps the chunk alive.
        unsafe {
            place.write(value);
            &mut *place.as_ptr()
        }
    }

    /// Copies `values` into the arena.
    pub fn alloc_slice_copy<T: Copy>(&self, values: &[T]) -> &mut [T] {
        // A slice that exists has a valid layout.
        let layout = Layout::for_value(values);
        let place = self.place_or_abort(layout).cast::<T>();
        // SAFETY: `place` is aligned for T and valid for `values.len()` writes,
        // and no other allocation overlaps it, so neither does `values` (even
        // if the arena holds it).
        unsafe {
            ptr::copy_nonoverlapping(
                values.as_ptr(),
                place.as_ptr(),
                values.len(),
            );
            std::slice::from_raw_parts_mut(place.as_ptr(), values.len())
        }
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
        if size_of::<T>() == 0 {
            // SAFETY: a dangling, aligned pointer is valid for any number of
            // zero-sized values, and writing one writes nothing.
            return Ok(unsafe {
                std::slice::from_raw_parts_mut(
                    NonNull::dangling().as_ptr(),
                    len,
                )
            });
        }
        let layout =
            Layout::array::<T>(len).map_err(|_| AllocError::TooLarge)?;
        let place = self.place(layout)?.cast::<T>();
        for i in 0..len {
            // SAFETY: `place` is aligned for T and valid for `len` values; `i <
            // len`.
            unsafe { place.add(i).write(value) };
        }
        // SAFETY: the `len` values were all written just above.
        Ok(unsafe { std::slice::from_raw_parts_mut(place.as_ptr(), len) })
    }

    // ANCHOR: reset
    /// Frees every chunk but the largest and starts again at its beginning:
    /// filled again with no more than that chunk holds, the arena asks the
    /// system for nothing; with more, it adds chunks as before.
    pub fn reset(&mut self) {
        let chunks = self.chunks.get_mut();
        let Some(largest) =
            (0..chunks.len()).max_by_key(|&i| chunks[i].layout.size())
        else {
            return;
        };
        let kept = chunks.swap_remove(largest);
        for chunk in chunks.drain(..) {
            // SAFETY: the chunk was allocated with this layout and is freed
            // once: it has just left the list. `&mut self` proves no reference
            // into it is still alive.
            unsafe { alloc::dealloc(chunk.start.as_ptr(), chunk.layout) };
        }
        self.cursor.set(kept.start.as_ptr());
        // SAFETY: one past the end of the chunk is in bounds of its allocation.
        self.end
            .set(unsafe { kept.start.as_ptr().add(kept.layout.size()) });
        chunks.push(kept);
    }
    // ANCHOR_END: reset

    /// How many chunks the arena holds.
    pub fn chunk_count(&self) -> usize {
        self.chunks.borrow().len()
    }

    /// The bytes of all its chunks together.
    pub fn capacity(&self) -> usize {
        self.chunks.borrow().iter().map(|c| c.layout.size()).sum()
    }

    /// [`Self::place`], aborting when the system is out of memory, as
    /// `Box::new` does. The layout comes from a type or a value that exists, so
    /// it is never too large.
    #[inline]
    fn place_or_abort(&self, layout: Layout) -> NonNull<u8> {
        self.place(layout)
            .unwrap_or_else(|_| alloc::handle_alloc_error(layout))
    }

    // ANCHOR: place
    /// Room for `layout`: aligned, `layout.size()` bytes that no other
    /// allocation overlaps, valid until `reset` or drop.
    #[inline]
    fn place(&self, layout: Layout) -> Result<NonNull<u8>, AllocError> {
        let cursor = self.cursor.get();
        let free = self.end.get().addr() - cursor.addr();
        // The distance from the cursor up to the next multiple of the
        // alignment.
        let padding = cursor.addr().wrapping_neg() & (layout.align() - 1);
        if padding <= free && layout.size() <= free - padding {
            // SAFETY: padding + size <= free: both offsets stay inside the
            // current chunk (or, with no chunk yet, add 0 to the dangling
            // address, which is allowed).
            let start = unsafe { cursor.add(padding) };
            // SAFETY: as above.
            self.cursor.set(unsafe { start.add(layout.size()) });
            // SAFETY: `start` is inside a chunk, or the dangling address,
            // neither null.
            return Ok(unsafe { NonNull::new_unchecked(start) });
        }
        self.place_in_new_chunk(layout)
    }

    /// The slow path: a new chunk, twice the last one or as large as `layout`,
    /// holding it.
    #[cold]
    fn place_in_new_chunk(
        &self,
        layout: Layout,
    ) -> Result<NonNull<u8>, AllocError> {
        let mut chunks = self.chunks.borrow_mut();
        let doubled = chunks
            .last()
            .map_or(0, |c| c.layout.size())
            .saturating_mul(2);
        let size = doubled.max(FIRST_CHUNK_SIZE).max(layout.size());
        // The request fits in isize::MAX bytes (its layout exists); a chunk
        // that cannot hold it, rounded to the chunk alignment, is room the
        // system cannot give.
        let chunk =
            Layout::from_size_align(size, layout.align().max(CHUNK_ALIGN))
                .map_err(|_| AllocError::OutOfMemory)?;
        // SAFETY: the layout's size is at least FIRST_CHUNK_SIZE, not zero.
        let start = NonNull::new(unsafe { alloc::alloc(chunk) })
            .ok_or(AllocError::OutOfMemory)?;
        chunks.push(Chunk {
            start,
            layout: chunk,
        });
        // The chunk is aligned for `layout`: the request goes at its start.
        // SAFETY: layout.size() <= size, so both are in bounds of (or one past)
        // the chunk.
        unsafe {
            self.cursor.set(start.as_ptr().add(layout.size()));
            self.end.set(start.as_ptr().add(size));
        }
        Ok(start)
    }
    // ANCHOR_END: place
}

impl Drop for BumpArena {
    fn drop(&mut self) {
        for chunk in self.chunks.get_mut().drain(..) {
            // SAFETY: each chunk was allocated with its layout and is freed
            // once, here.
            unsafe { alloc::dealloc(chunk.start.as_ptr(), chunk.layout) };
        }
    }
}
