//! The pool demo: 100,000 live particles churned by a million remove + insert
//! cycles, with a `Box` per object and in a `Pool`, every figure measured.
//!
//! - [`slots`]: one interface over both pools, so every measurement is written
//!   once.
//! - [`ways`]: one pool measured: warm-up, churn, drop.
//! - [`timed`]: warm-up, churn and drop for N seconds (what `workshop compare`
//!   runs).

pub mod slots;
pub mod timed;
pub mod ways;

/// What .NET does, printed under the comparison. The C# twin
/// (`dotnet-comparison/Pool`) measures it: `workshop compare pool` runs both.
pub const DOTNET: &str = "\
.NET: a class instance per particle is cheap to allocate, but 100,000 live
      particles are copied into gen 1 and 2, and each full collection walks
      them. ObjectPool<T> (Microsoft.Extensions.ObjectPool) and ArrayPool<T>
      reuse instead; the twin's pool is a struct array with a free list, the
      same idea as here. Side by side, measured: cargo workshop compare pool";
