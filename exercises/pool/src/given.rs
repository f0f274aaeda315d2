//! Given code: the handle, and where each pool's identity comes from. Do not change this
//! file; the reference solution includes it too (with `#[path]`), so there is one copy.

use std::sync::atomic::{AtomicU32, Ordering};

// ANCHOR: handle
/// A handle to a value in a `Pool`: which pool, which slot, and which occupant of that slot
/// (its generation). Small and `Copy`, like an index, but a pool answers `None` for a handle
/// whose value is gone, even when its slot holds another value now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle {
    pub(crate) pool: u32,
    pub(crate) index: u32,
    pub(crate) generation: u32,
}
// ANCHOR_END: handle

impl Handle {
    /// A handle from its parts, as [`Handle::into_raw_parts`] gave them (read back from a
    /// file, say). Any parts make a handle; the pool checks it when it is used.
    pub fn from_raw_parts(pool: u32, index: u32, generation: u32) -> Self {
        Self {
            pool,
            index,
            generation,
        }
    }

    /// The handle's parts: `(pool, index, generation)`.
    pub fn into_raw_parts(self) -> (u32, u32, u32) {
        (self.pool, self.index, self.generation)
    }
}

/// A number for a new pool, different from every other pool's in this process (until 2^32
/// pools have been made), so a handle from one pool is refused by another.
pub fn next_pool_id() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
