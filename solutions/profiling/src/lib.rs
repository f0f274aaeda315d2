//! Reference solution of the **heap profiling** exercise: the sales report in
//! one pass over the input, its totals keyed by slices of it.
//!
//! The given code is the exercise's own files, included here, so there is one
//! copy of each.

#[path = "../../../exercises/profiling/src/given.rs"]
mod given;
#[path = "../../../exercises/profiling/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/profiling/src/workload.rs"]
pub mod workload;

pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::report;

#[cfg(not(feature = "naive-baseline"))]
mod report;
#[cfg(not(feature = "naive-baseline"))]
pub use report::report;
