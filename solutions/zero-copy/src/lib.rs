//! Reference solution of the **zero-copy parsing** exercise.
//!
//! A log line's fields as `&str` slices of the input, with a typed error and
//! its offset for every kind of bad input ([`parse_line`]); every line of an
//! input in turn, allocating nothing ([`records`]); and a binary record's
//! header read in place with `zerocopy`, its payload a slice of the input
//! ([`read_record`]).
//!
//! The given code is the exercise's own files, included here, so there is one
//! copy of each.

#[path = "../../../exercises/zero-copy/src/given.rs"]
mod given;
#[path = "../../../exercises/zero-copy/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/zero-copy/src/workload.rs"]
pub mod workload;

pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::{Records, parse_line, records};

mod binary;
#[cfg(not(feature = "naive-baseline"))]
mod text;

pub use binary::read_record;
#[cfg(not(feature = "naive-baseline"))]
pub use text::{Records, parse_line, records};
