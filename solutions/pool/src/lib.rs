//! Reference solution of the **object pools** exercise.
//!
//! A pool keeps its values in slots and hands out generational [`Handle`]s. A
//! removed value's slot goes on a free list (a `Vec` of slot numbers, used as a
//! stack) and the next insert reuses it: in steady state the pool allocates
//! nothing. A handle carries its slot's generation, so a handle to a removed
//! value gets `None`, never the value that reused its slot. Safe Rust: no
//! `unsafe`, and no `MaybeUninit`.
//!
//! The given code (the handle, the `Box` baseline, the workload) is the
//! exercise's own files, included here, so there is one copy of each.

#[path = "../../../exercises/pool/src/given.rs"]
mod given;
#[path = "../../../exercises/pool/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/pool/src/workload.rs"]
pub mod workload;

pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::BoxPool as Pool;

mod slots;
/// The pool that holds values in its slots, which the baseline holds `Box`es
/// in.
use slots::Pool as ValuePool;

#[cfg(not(feature = "naive-baseline"))]
pub use slots::Pool;
