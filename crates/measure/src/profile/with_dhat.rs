//! With the `dhat-profile` feature: the counting allocator forwards to
//! dhat's, and dhat's own work on a thread is told from the program's by a
//! flag the counting allocator reads.

use std::cell::Cell;

pub(crate) type Inner = dhat::Alloc;
pub(crate) const INNER: Inner = dhat::Alloc;

thread_local! {
    // `const` and without `Drop`: readable from inside the allocator, never
    // torn down.
    static BUSY: Cell<bool> = const { Cell::new(false) };
}

/// Whether dhat is doing its own work on this thread (an allocation it makes
/// then is its own, not the program's).
pub(crate) fn is_busy() -> bool {
    BUSY.with(Cell::get)
}

/// Runs `f` as dhat's own work: what it allocates is neither counted nor
/// profiled.
pub(crate) fn while_busy<R>(f: impl FnOnce() -> R) -> R {
    let was = BUSY.with(|busy| busy.replace(true));
    let result = f();
    BUSY.with(|busy| busy.set(was));
    result
}
