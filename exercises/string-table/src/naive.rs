//! Given code: the starting point, as a .NET developer ports it. A
//! `List<string>` becomes a `Vec<String>` and a `Dictionary<string, int>` a
//! `HashMap<String, Sym>`: every string is an allocation of its own, reached
//! through a 24-byte `String`, and the interning table holds each string
//! twice, in the list and as the map's key. The demo measures it beside
//! yours. Do not change this file.

use crate::{Sym, TableFull};
use std::collections::HashMap;

/// Strings in the order pushed, a `String` each.
#[derive(Debug, Clone)]
pub struct StringBuffer {
    strings: Vec<String>,
    bytes: usize,
    limit: u32,
}

impl Default for StringBuffer {
    fn default() -> Self {
        Self::new()
    }
}

impl StringBuffer {
    /// An empty buffer, for up to `u32::MAX` bytes of text.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty buffer that holds at most `bytes` bytes of text.
    pub fn with_limit(bytes: u32) -> Self {
        Self {
            strings: Vec::new(),
            bytes: 0,
            limit: bytes,
        }
    }

    /// Adds a copy of `s` at the end and returns its id.
    pub fn push(&mut self, s: &str) -> Result<Sym, TableFull> {
        let bytes = self.bytes + s.len();
        if bytes > self.limit as usize {
            return Err(TableFull::Bytes { limit: self.limit });
        }
        let index =
            u32::try_from(self.strings.len()).map_err(|_| TableFull::Ids)?;
        self.strings.push(s.to_owned());
        self.bytes = bytes;
        Ok(Sym::new(index))
    }

    /// The string `sym` names, or `None`.
    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.strings.get(sym.index()).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.strings.iter().map(String::as_str)
    }

    pub fn shrink_to_fit(&mut self) {
        self.strings.shrink_to_fit();
    }
}

/// Strings interned: a list, and a map from each string to its id.
#[derive(Debug, Clone, Default)]
pub struct StringTable {
    strings: StringBuffer,
    index: HashMap<String, Sym>,
}

impl StringTable {
    /// An empty table, for up to `u32::MAX` bytes of text.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty table that holds at most `bytes` bytes of text.
    pub fn with_limit(bytes: u32) -> Self {
        Self {
            strings: StringBuffer::with_limit(bytes),
            index: HashMap::new(),
        }
    }

    /// The id of `s`: the one it has, or a new one.
    pub fn intern(&mut self, s: &str) -> Result<Sym, TableFull> {
        if let Some(&sym) = self.index.get(s) {
            return Ok(sym);
        }
        let sym = self.strings.push(s)?;
        self.index.insert(s.to_owned(), sym);
        Ok(sym)
    }

    /// The id of `s` if the table holds it.
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        self.index.get(s).copied()
    }

    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.strings.get(sym)
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.strings.iter()
    }

    /// The strings, without the map.
    pub fn into_frozen(self) -> FrozenTable {
        let mut strings = self.strings;
        strings.shrink_to_fit();
        FrozenTable { strings }
    }
}

/// The strings of a table, without its map.
#[derive(Debug, Clone)]
pub struct FrozenTable {
    strings: StringBuffer,
}

impl FrozenTable {
    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.strings.get(sym)
    }

    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.strings.iter()
    }
}
