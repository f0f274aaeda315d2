//! The arena demo: the same tree of 100,000 nodes built with a `Box` per node
//! and in a `bumpalo::Bump`, built and dropped several times each way, every
//! figure measured.
//!
//! - [`ways`]: one way of building the tree, measured: allocations, frees,
//!   bytes, median times.
//! - [`reuse`]: one arena reset and refilled: how many allocations each rebuild
//!   still makes.
//! - [`timed`]: build and drop for N seconds, a line per second (what `workshop
//!   compare` runs).

pub mod reuse;
pub mod timed;
pub mod ways;

/// What .NET does with the same tree, printed under the comparison. The C# twin
/// (`dotnet-comparison/Arena`) measures it: `workshop compare arena` runs both.
pub const DOTNET: &str = "\
.NET: `new Node()` is a bump allocation too: gen 0 hands out memory by
      moving a pointer, as fast as an arena. The bill comes later: a gen-0
      collection copies every live node out, and the tree is freed only when
      a collection finds it dead. A struct array with int child indices is
      .NET's arena. Side by side, measured: cargo workshop compare arena";
