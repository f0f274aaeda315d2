//! Exercise: **string tables**. Run `cargo workshop check string-table` to
//! see where you are, and `cargo workshop hint string-table` when you are
//! stuck. The tests are in `tests/`: read them.
//!
//! A program that holds many strings, most of them repeats, pays for each
//! `String` three times: a 24-byte header, a heap block of its own, and the
//! repeat. Step 1: every string in one buffer, found by a `u32` offset, with
//! no allocation per string ([`StringBuffer`]). Step 2: interning, so that
//! the same string gets the same small id, stored once ([`StringTable`]).
//! Step 3 (a stretch): the table frozen, its index dropped, in the smallest
//! footprint ([`FrozenTable`]).
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the id and the error (`given.rs`), the starting point (`naive.rs`) and the
//! strings the tests and the demo use (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (step 1): the fields: one `String` for every string's bytes, and a
// `Vec<u32>` of where each string ends in it. Keep the derives.
/// Strings in the order pushed, all in one `String`: a string is the bytes
/// from where the one before it ends to where it ends. Pushing allocates only
/// when one of the two buffers grows, and each grows by doubling.
#[derive(Debug, Clone)]
pub struct StringBuffer {}

impl Default for StringBuffer {
    fn default() -> Self {
        Self::new()
    }
}

// TODO (step 1): the methods, on your fields; keep the signatures. The
// starting point's `naive::StringBuffer` does the same with a `Vec<String>`.
#[allow(unused_variables)] // remove this line when you implement the methods
impl StringBuffer {
    /// An empty buffer, for up to `u32::MAX` bytes of text (the most a `u32`
    /// offset reaches). Allocates nothing.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty buffer that holds at most `bytes` bytes of text: a bound on
    /// the memory that input from outside can take. Allocates nothing.
    pub fn with_limit(bytes: u32) -> Self {
        todo!("step 1: empty buffers, and the limit")
    }

    /// Adds `s` at the end and returns its id. Allocates only when a buffer
    /// grows.
    ///
    /// # Errors
    ///
    /// [`TableFull::Bytes`] if `s` would take the text past the limit, and
    /// [`TableFull::Ids`] if every `u32` id is taken; the buffer is unchanged.
    pub fn push(&mut self, s: &str) -> Result<Sym, TableFull> {
        todo!("step 1: check the limit, append the bytes, record the end")
    }

    /// The string `sym` names, or `None` if this buffer has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    pub fn get(&self, sym: Sym) -> Option<&str> {
        todo!("step 1: the bytes between the previous end and this one")
    }

    /// How many strings the buffer holds.
    pub fn len(&self) -> usize {
        todo!("step 1: how many ends")
    }

    /// Whether the buffer holds no string.
    pub fn is_empty(&self) -> bool {
        todo!("step 1: no ends")
    }

    /// Each string, in the order pushed.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        std::iter::from_fn(|| todo!("step 1: each string, in order"))
    }

    // TODO (step 3): shrink both buffers.
    /// Gives back the capacity the buffers do not use: after this, the
    /// heap holds the text and 4 bytes per string, and nothing more.
    pub fn shrink_to_fit(&mut self) {
        todo!("step 3: shrink both buffers")
    }
}

// TODO (step 2): the fields: a `StringBuffer` for the strings, and an index
// from a string to its id that does not hold the string a second time
// (`hashbrown::HashTable` and `foldhash::fast::RandomState`, both dependencies
// already). Keep the derives.
/// Strings interned: each distinct string is stored once, in a
/// [`StringBuffer`], and named by its [`Sym`]. The index is a hash table of
/// ids only (4 bytes each, and one control byte): to compare, it reads the
/// string an id names from the buffer.
#[derive(Debug, Clone, Default)]
pub struct StringTable {}

// TODO (step 2): the methods, on your fields; keep the signatures.
#[allow(unused_variables)] // remove this line when you implement the methods
impl StringTable {
    /// An empty table, for up to `u32::MAX` bytes of text. Allocates
    /// nothing.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty table that holds at most `bytes` bytes of text: a bound on
    /// the memory that input from outside can take. Allocates nothing.
    pub fn with_limit(bytes: u32) -> Self {
        todo!("step 2: an empty buffer with the limit, and an empty index")
    }

    /// The id of `s`: the one it already has, or a new one, `s` copied in.
    /// Allocates only when a buffer or the index grows.
    ///
    /// # Errors
    ///
    /// [`TableFull`] if `s` is new and the table cannot take it; the table
    /// is unchanged. A string it holds is found even when it is full.
    pub fn intern(&mut self, s: &str) -> Result<Sym, TableFull> {
        todo!("step 2: find `s` in the index, or push it and index its id")
    }

    /// The id of `s` if the table holds it; never adds it.
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        todo!("step 2: find `s` in the index")
    }

    /// The string `sym` names, or `None` if this table has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    pub fn get(&self, sym: Sym) -> Option<&str> {
        todo!("step 2: the buffer's string")
    }

    /// How many distinct strings the table holds.
    pub fn len(&self) -> usize {
        todo!("step 2: the buffer's length")
    }

    /// Whether the table holds no string.
    pub fn is_empty(&self) -> bool {
        todo!("step 2: an empty buffer")
    }

    /// Each distinct string, in the order first interned: the string of id
    /// 0 first.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        std::iter::from_fn(|| todo!("step 2: the buffer's strings"))
    }

    // TODO (step 3): drop the index, shrink the buffer, keep the ids.
    /// The same strings under the same ids, read-only: the index dropped and
    /// the buffers shrunk to fit, so the heap holds the text and 4 bytes per
    /// string.
    pub fn into_frozen(self) -> FrozenTable {
        todo!("step 3: the buffer, shrunk, without the index")
    }
}

// TODO (step 3): the fields, and the methods; keep the signatures.
/// A [`StringTable`](crate::StringTable) frozen: the same strings under the
/// same ids, read-only, with no index (no `lookup`), for the phase that only
/// turns ids back into text.
#[derive(Debug, Clone)]
pub struct FrozenTable {}

#[allow(unused_variables)] // remove this line when you implement the methods
impl FrozenTable {
    /// The string `sym` names, or `None` if this table has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    pub fn get(&self, sym: Sym) -> Option<&str> {
        todo!("step 3: the buffer's string")
    }

    /// How many strings the table holds.
    pub fn len(&self) -> usize {
        todo!("step 3: the buffer's length")
    }

    /// Whether the table holds no string.
    pub fn is_empty(&self) -> bool {
        todo!("step 3: an empty buffer")
    }

    /// Each string, in the order first interned.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        std::iter::from_fn(|| todo!("step 3: the buffer's strings"))
    }
}
