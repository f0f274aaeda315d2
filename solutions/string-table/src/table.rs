//! Step 2: interning. The same string gets the same id, found through a hash
//! index that holds ids only: the strings stay in the buffer, once.

use crate::{FrozenTable, StringBuffer, Sym, TableFull};
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// The hasher of the index: foldhash, hashbrown's own default. It reads a
/// short string several times faster than std's SipHash-1-3 (the demo
/// measures both), and is seeded at random, so colliding input cannot simply
/// be prepared in advance; SipHash resists chosen input better, at its price.
/// Neither is for cryptography.
type Hasher = foldhash::fast::RandomState;

// ANCHOR: table
/// Strings interned: each distinct string is stored once, in a
/// [`StringBuffer`], and named by its [`Sym`]. The index is a hash table of
/// ids only (4 bytes each, and one control byte): to compare, it reads the
/// string an id names from the buffer.
#[derive(Debug, Clone, Default)]
pub struct StringTable {
    strings: StringBuffer,
    index: HashTable<Sym>,
    hasher: Hasher,
}
// ANCHOR_END: table

impl StringTable {
    /// An empty table, for up to `u32::MAX` bytes of text. Allocates
    /// nothing.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty table that holds at most `bytes` bytes of text: a bound on
    /// the memory that input from outside can take. Allocates nothing.
    pub fn with_limit(bytes: u32) -> Self {
        Self {
            strings: StringBuffer::with_limit(bytes),
            index: HashTable::new(),
            hasher: Hasher::default(),
        }
    }

    // ANCHOR: intern
    /// The id of `s`: the one it already has, or a new one, `s` copied in.
    /// Allocates only when a buffer or the index grows.
    ///
    /// # Errors
    ///
    /// [`TableFull`] if `s` is new and the table cannot take it; the table
    /// is unchanged. A string it holds is found even when it is full.
    #[inline]
    pub fn intern(&mut self, s: &str) -> Result<Sym, TableFull> {
        let hash = self.hasher.hash_one(s);
        if let Some(sym) = self.find(hash, s) {
            return Ok(sym);
        }
        let sym = self.strings.push(s)?;
        // When the index grows, it hashes each id again, by its string.
        let (strings, hasher) = (&self.strings, &self.hasher);
        self.index.insert_unique(hash, sym, |&sym| {
            hasher.hash_one(strings.get(sym).unwrap_or_default())
        });
        Ok(sym)
    }

    /// The id of `s` if the table holds it; never adds it.
    #[inline]
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        self.find(self.hasher.hash_one(s), s)
    }

    /// The id of `s`, whose hash is `hash`, if the index holds it: the
    /// entries of that hash compared with `s` through the buffer.
    #[inline]
    fn find(&self, hash: u64, s: &str) -> Option<Sym> {
        let same = |&sym: &Sym| self.strings.get(sym) == Some(s);
        self.index.find(hash, same).copied()
    }
    // ANCHOR_END: intern

    /// The string `sym` names, or `None` if this table has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    #[inline]
    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.strings.get(sym)
    }

    /// How many distinct strings the table holds.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether the table holds no string.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// Each distinct string, in the order first interned: the string of id
    /// 0 first.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.strings.iter()
    }

    // ANCHOR: into_frozen
    /// The same strings under the same ids, read-only: the index dropped and
    /// the buffers shrunk to fit, so the heap holds the text and 4 bytes per
    /// string.
    pub fn into_frozen(self) -> FrozenTable {
        let mut strings = self.strings;
        strings.shrink_to_fit();
        FrozenTable::new(strings)
    }
    // ANCHOR_END: into_frozen
}
