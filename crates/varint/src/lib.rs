//! The varint demo: a million mostly-small values in 8 bytes each and as
//! varints, every figure measured.
//!
//! - [`ways`]: the three ways to write the values (8 bytes each, a varint
//!   through a `Vec` of its own, a varint into the buffer), each measured:
//!   bytes, allocations, times.
//! - [`timed`]: encoding and decoding for N seconds (what `workshop compare`
//!   runs).

pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/Varint`) measures it: `workshop compare varint` runs
/// both.
pub const DOTNET: &str = "\
.NET: BinaryWriter.Write(long) writes 8 bytes each; Write7BitEncodedInt writes
      these very varints (for an int; Write7BitEncodedInt64 from .NET 5 on). The
      twin writes the same values both ways, the same bytes as here (CI checks).
      Side by side, measured: cargo workshop compare varint";
