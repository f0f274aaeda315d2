//! Exercise: **heap profiling**. Run `cargo workshop check profiling` to see
//! where you are, and `cargo workshop hint profiling` when you are stuck. The
//! tests are in `tests/`: read them.
//!
//! A sales report that gives the right answers and allocates far too much.
//! Nobody will tell you where: the tests give targets (how many allocations,
//! how high the heap may rise), not places. Find the places with a heap
//! profiler: `cargo workshop profile profiling` runs the program as shipped
//! under dhat and lists the lines of this module that allocate most. Step 1:
//! the allocation count. Step 2: the peak.
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the order, the totals, the report and the error (`given.rs`), the program
//! as shipped (`naive.rs`) and the orders the tests and the demo use
//! (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (steps 1 and 2): the same report, within the targets in
// tests/step1_allocations.rs and tests/step2_peak.rs. As shipped, it runs the
// program as it was handed over (`naive::report`); profile that first.
/// The report of every order in `input`, one per line.
///
/// # Errors
///
/// The first line that is not an order.
pub fn report(input: &str) -> Result<Report, ParseError> {
    naive::report(input)
}
