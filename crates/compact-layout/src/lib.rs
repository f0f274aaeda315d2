//! The compact-layout demo: the sizes of the types the chapter talks about,
//! read from the compiler, then a million orders in the starting point's
//! layout, in the compact one and as columns, every figure measured.
//!
//! - [`sizes`]: `size_of`, `align_of` and `offset_of!` for the chapter's types.
//! - [`ways`]: a million orders each way: bytes, heap, allocations, and the
//!   time of a pass that reads one field.
//! - [`timed`]: build and read the orders for N seconds (what `workshop
//!   compare` runs).

pub mod sizes;
pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/CompactLayout`) measures it: `workshop compare
/// compact-layout` runs both.
pub const DOTNET: &str = "\
.NET: a class instance carries a 16-byte header and is reached through an
      8-byte reference; a struct is laid out Sequential (as #[repr(C)]) unless
      it says LayoutKind.Auto; an enum is an int unless declared : byte; a
      string is an object of its own. Side by side, measured:
      cargo workshop compare compact-layout";
