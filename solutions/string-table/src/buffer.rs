//! Step 1: the strings in one buffer, each found by where it ends.

use crate::{Sym, TableFull};

// ANCHOR: buffer
/// Strings in the order pushed, all in one `String`: a string is the bytes
/// from where the one before it ends to where it ends. Pushing allocates only
/// when one of the two buffers grows, and each grows by doubling.
#[derive(Debug, Clone)]
pub struct StringBuffer {
    /// Every string's bytes, one after another.
    text: String,
    /// Where each string ends in `text`: the first starts at 0, the others
    /// where the one before them ends.
    ends: Vec<u32>,
    /// The most bytes `text` may hold.
    limit: u32,
}
// ANCHOR_END: buffer

impl Default for StringBuffer {
    fn default() -> Self {
        Self::new()
    }
}

impl StringBuffer {
    /// An empty buffer, for up to `u32::MAX` bytes of text (the most a `u32`
    /// offset reaches). Allocates nothing.
    pub fn new() -> Self {
        Self::with_limit(u32::MAX)
    }

    /// An empty buffer that holds at most `bytes` bytes of text: a bound on
    /// the memory that input from outside can take. Allocates nothing.
    pub fn with_limit(bytes: u32) -> Self {
        Self {
            text: String::new(),
            ends: Vec::new(),
            limit: bytes,
        }
    }

    // ANCHOR: push
    /// Adds `s` at the end and returns its id. Allocates only when a buffer
    /// grows.
    ///
    /// # Errors
    ///
    /// [`TableFull::Bytes`] if `s` would take the text past the limit, and
    /// [`TableFull::Ids`] if every `u32` id is taken; the buffer is unchanged.
    pub fn push(&mut self, s: &str) -> Result<Sym, TableFull> {
        let full = TableFull::Bytes { limit: self.limit };
        // No overflow: neither length can pass `isize::MAX`.
        let end = u32::try_from(self.text.len() + s.len()).map_err(|_| full)?;
        if end > self.limit {
            return Err(full);
        }
        let index =
            u32::try_from(self.ends.len()).map_err(|_| TableFull::Ids)?;
        self.text.push_str(s);
        self.ends.push(end);
        Ok(Sym::new(index))
    }
    // ANCHOR_END: push

    // ANCHOR: get
    /// The string `sym` names, or `None` if this buffer has no string at its
    /// index. Never panics: an id from another table names whatever string
    /// stands at its index here, or none.
    #[inline]
    pub fn get(&self, sym: Sym) -> Option<&str> {
        let index = sym.index();
        let end = *self.ends.get(index)?;
        let start = match index {
            0 => 0,
            _ => self.ends[index - 1],
        };
        self.text.get(start as usize..end as usize)
    }
    // ANCHOR_END: get

    /// How many strings the buffer holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the buffer holds no string.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Each string, in the order pushed.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.text[start as usize..end as usize])
    }

    /// Gives back the capacity the buffers do not use: after this, the
    /// heap holds the text and 4 bytes per string, and nothing more.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}
