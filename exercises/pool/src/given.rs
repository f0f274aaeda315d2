//! Given code: the handle, and where each pool's generations start. Do not
//! change this file; the reference solution includes it too (with `#[path]`),
//! so there is one copy.

use std::sync::atomic::{AtomicU32, Ordering};

// ANCHOR: handle
/// A handle to a value in a `Pool`: which slot, and which occupant of that slot
/// (its generation). Eight bytes and `Copy`, like an index, but a pool answers
/// `None` for a handle whose value is gone, even when its slot holds another
/// value now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle {
    pub(crate) index: u32,
    pub(crate) generation: u32,
}
// ANCHOR_END: handle

impl Handle {
    /// A handle from its parts, as [`Handle::into_raw_parts`] gave them (read
    /// back from a file, say). Any parts make a handle; the pool checks it when
    /// it is used.
    pub fn from_raw_parts(index: u32, generation: u32) -> Self {
        Self { index, generation }
    }

    /// The handle's parts: `(index, generation)`.
    pub fn into_raw_parts(self) -> (u32, u32) {
        (self.index, self.generation)
    }
}

// ANCHOR: first_generation
/// Where a new pool's generations start: each pool made in this process starts
/// at another point of the `u32` circle, the next multiple of 0x9E37_79B9
/// (2^32/φ: Fibonacci hashing), which lands far from the points before it. So a
/// handle needs no pool number: another pool refuses it, because its generation
/// is one that pool's slot reaches only after many reuses. The first two pools
/// start 1,640,531,527 apart (2^32 - 0x9E37_79B9); the more pools, the closer
/// the closest two (about 2 million apart among the first 1,000).
pub fn first_generation() -> u32 {
    static POOLS: AtomicU32 = AtomicU32::new(0);
    POOLS
        .fetch_add(1, Ordering::Relaxed)
        .wrapping_mul(0x9E37_79B9)
}
// ANCHOR_END: first_generation
