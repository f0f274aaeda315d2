//! Step 3: a table that is done growing, in the smallest footprint.

use crate::{StringBuffer, Sym};

/// A [`StringTable`](crate::StringTable) frozen: the same strings under the
/// same ids, read-only, with no index (no `lookup`), for the phase that only
/// turns ids back into text.
#[derive(Debug, Clone)]
pub struct FrozenTable {
    strings: StringBuffer,
}

impl FrozenTable {
    /// The table of `strings`, as they are.
    pub(crate) fn new(strings: StringBuffer) -> Self {
        Self { strings }
    }

    /// The string `sym` names, or `None` if this table has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    pub fn get(&self, sym: Sym) -> Option<&str> {
        self.strings.get(sym)
    }

    /// How many strings the table holds.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether the table holds no string.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// Each string, in the order first interned.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.strings.iter()
    }
}
