//! The scoped-drops demo: Rust frees memory at the end of each scope, with no
//! collector, and the counting allocator proves it to the byte.
//!
//! - [`workload`]: what one worker iteration allocates (and frees, at the end
//!   of its scope).
//! - [`timed`]: worker threads for N seconds, a measured stats line per second.
//! - [`fixed`]: one worker, a fixed number of iterations: byte-stable output
//!   for snapshots.
//! - [`batch_job`]: the exercise's batch job, keep-everything vs scoped, side
//!   by side.
//! - [`drop_order`]: when exactly Rust drops a value, proven by a test the
//!   chapter includes.

pub mod batch_job;
pub mod drop_order;
pub mod fixed;
pub mod timed;
pub mod workload;

/// What .NET does with the same work, printed under the stress loop. The C#
/// twin (`dotnet-comparison/ScopedDrops`) measures it: `workshop compare` runs
/// both.
pub const DOTNET_WORKLOAD: &str = "\
.NET: the same loop leaves every object for the garbage collector. The
      strings die young and go at the next gen-0 collection; every buffer of
      85,000 bytes or more lives on the Large Object Heap, which is swept only
      by a gen-2 collection, so the heap grows until one runs. Measured side
      by side with the C# twin: cargo workshop compare scoped-drops";
