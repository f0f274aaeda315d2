//! Reference solution of the **bit sets** exercise.
//!
//! A set of the indexes `0..capacity`, one bit each, packed 64 to a `u64` word:
//! 8× less memory than the `Vec<bool>` baseline ([`naive::BoolSet`], C#'s
//! `bool[]`), counted with one `count_ones` per word, iterated with
//! `trailing_zeros`, combined a word at a time.
//!
//! The given code (errors, the baseline, the workload) is the exercise's own
//! files, included here, so there is one copy of each.

// With the naive baseline, BoolSet stands in for BitSet.
#[path = "../../../exercises/bitset/src/given.rs"]
#[cfg_attr(feature = "naive-baseline", allow(dead_code))]
mod given;
#[path = "../../../exercises/bitset/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/bitset/src/workload.rs"]
pub mod workload;

pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::BoolSet as BitSet;

#[cfg(not(feature = "naive-baseline"))]
mod bits;
