//! The bit-set demo: 10 million flags as a `Vec<bool>` (a byte each, C#'s
//! `bool[]`) and as a `BitSet` (a bit each, C#'s `BitArray`), every figure
//! measured.
//!
//! - [`flags`]: one interface over both sets, so every measurement is written
//!   once.
//! - [`ways`]: one set measured: heap, inserts, lookups, count, a sequential
//!   fill.
//! - [`timed`]: build, fill, look up and count for N seconds (what `workshop
//!   compare` runs).

pub mod flags;
pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/Bitset`) measures it: `workshop compare bitset` runs
/// both.
pub const DOTNET: &str = "\
.NET: bool[] is a byte per flag, like Vec<bool>; BitArray packs 32 flags
      to an int, like BitSet. Counting a BitArray's set bits takes a loop
      (its Count is its length), or CopyTo an int[] and BitOperations.PopCount
      (.NET Core 3.0+). Side by side, measured: cargo workshop compare bitset";
