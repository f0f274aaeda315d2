//! The fragmentation demo: a few million orders, one in K kept, and what the
//! process holds afterwards (RSS) beside what the program holds (the live
//! heap), every figure measured.
//!
//! - [`ways`]: the ways to keep the survivors, each measured in a fresh
//!   process: a `Box` per order (the sparse survivors), and the three fixes,
//!   compaction, an arena for the temporaries and a pool; and the pinned top
//!   with `malloc_trim(0)`.
//! - [`leaks`]: memory safe Rust never frees: an `Rc` cycle, `mem::forget`,
//!   `Box::leak`.
//! - [`timed`]: rounds of 85,000-byte blocks for N seconds (what `workshop
//!   compare` runs beside the C# twin, whose blocks go on .NET's Large Object
//!   Heap).

pub mod leaks;
pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/Fragmentation`) measures it: `workshop compare
/// fragmentation`.
pub const DOTNET: &str = "\
.NET: the collector compacts the small-object heap when it judges the free
      space worth it, sliding survivors like these together. Arrays of 85,000 B
      or more go on the Large Object Heap, which it does not compact unless
      asked (GCSettings.LargeObjectHeapCompactionMode = CompactOnce): the twin
      measures it. Side by side: cargo workshop compare fragmentation";
