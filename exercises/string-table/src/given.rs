//! Given code: a string's id, and the error a full table returns. Do not
//! change this file; the reference solution includes it too (with `#[path]`).

use std::fmt;

/// A string's id in the table that handed it out: where the string stands in
/// it, 0 for the first. Four bytes, `Copy`: comparing two ids, or hashing one,
/// is an integer operation, where comparing two strings reads their bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(u32);

impl Sym {
    /// The id of the string at `index` in its table. Only a table makes ids:
    /// this is not public outside the crate.
    pub(crate) fn new(index: u32) -> Self {
        Self(index)
    }

    /// Where its string stands in its table: 0 for the first string taken.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A table refused a string. Offsets and ids are `u32`, so a table holds at
/// most `u32::MAX` bytes of text and `u32::MAX` strings; a table made
/// `with_limit` holds fewer bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFull {
    /// Taking the string would pass the table's limit of `limit` bytes.
    Bytes { limit: u32 },
    /// Every id a `u32` can hold is taken.
    Ids,
}

impl fmt::Display for TableFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableFull::Bytes { limit } => write!(
                f,
                "the string table is full: taking the string would pass its \
                 limit of {limit} bytes"
            ),
            TableFull::Ids => {
                write!(f, "the string table is full: every u32 id is taken")
            }
        }
    }
}

impl std::error::Error for TableFull {}
