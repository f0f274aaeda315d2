//! Reference solution of the **string table** exercise.
//!
//! Every string in one buffer, found by a `u32` offset where it ends
//! ([`StringBuffer`]); interning on top of it, through a hash index of 4-byte
//! ids that reads the strings from the buffer ([`StringTable`]); and the table
//! frozen, its index dropped, in the text and 4 bytes per string
//! ([`FrozenTable`]).
//!
//! The given code is the exercise's own files, included here, so there is one
//! copy of each.

#[path = "../../../exercises/string-table/src/given.rs"]
mod given;
#[path = "../../../exercises/string-table/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/string-table/src/workload.rs"]
pub mod workload;

pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::{FrozenTable, StringBuffer, StringTable};

#[cfg(not(feature = "naive-baseline"))]
mod buffer;
#[cfg(not(feature = "naive-baseline"))]
mod frozen;
#[cfg(not(feature = "naive-baseline"))]
mod table;

#[cfg(not(feature = "naive-baseline"))]
pub use {buffer::StringBuffer, frozen::FrozenTable, table::StringTable};
