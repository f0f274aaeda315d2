//! The string-table demo: two million strings drawn from a hundred thousand,
//! held one `String` each, interned through a `HashMap<String, Sym>`, in the
//! string table and in the table frozen, every figure measured.
//!
//! - [`ways`]: the four ways: the heap each holds, its allocations, and the
//!   time to build it and to look every string up again.
//! - [`hashing`]: the hash alone, std's SipHash beside the table's foldhash.
//! - [`timed`]: build and drop for N seconds (what `workshop compare` runs).

pub mod hashing;
pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/StringTable`) measures it: `workshop compare
/// string-table` runs both.
pub const DOTNET: &str = "\
.NET: a string is an object of its own: a header, a length and UTF-16 text,
      2 bytes a character. string.Intern keeps one copy of each string for
      the life of the process, never freed; a Dictionary<string, int> keeps
      its keys alive as long as it lives. Side by side, measured:
      cargo workshop compare string-table";
