//! Steps 1 and 2: a log line's fields as slices of the input, and every
//! line of an input in turn, with no allocation at all.

use crate::{ErrorKind, KEYS, ParseError, Record};

// ANCHOR: parse_line
/// The record on `line` (without its newline), which starts `offset` bytes
/// into the input. Its text fields borrow from `line`: nothing is copied,
/// nothing allocated.
///
/// # Errors
///
/// The first found, at its offset in the input: bytes that are not UTF-8
/// (the whole line is checked first); then field by field from the left, a
/// field without `=`, an unknown key or a key given twice (at the field's
/// start); then key by key in the order of [`KEYS`], a missing key (at the
/// line's end) or a value that is not a number (at the value's start).
#[inline]
pub fn parse_line(
    line: &[u8],
    offset: usize,
) -> Result<Record<'_>, ParseError> {
    let text = std::str::from_utf8(line).map_err(|e| ParseError {
        offset: offset + e.valid_up_to(),
        kind: ErrorKind::NotUtf8,
    })?;
    // Each key's value, and where the value starts in the input.
    let mut values: [Option<(&str, usize)>; KEYS.len()] = [None; KEYS.len()];
    let mut at = offset;
    for field in text.split(' ') {
        let error = |kind| ParseError { offset: at, kind };
        let (key, value) =
            field.split_once('=').ok_or(error(ErrorKind::NoEquals))?;
        let slot = KEYS
            .iter()
            .position(|&known| known == key)
            .ok_or(error(ErrorKind::UnknownKey))?;
        if values[slot].replace((value, at + key.len() + 1)).is_some() {
            return Err(error(ErrorKind::DuplicateKey));
        }
        at += field.len() + 1;
    }
    let fields = Fields {
        values,
        end: offset + line.len(),
    };
    Ok(Record {
        time: fields.number(0)?,
        method: fields.text(1)?,
        path: fields.text(2)?,
        status: fields.number(3)?,
        bytes: fields.number(4)?,
        agent: fields.text(5)?,
    })
}
// ANCHOR_END: parse_line

/// A line's values by key, and where the line ends.
struct Fields<'a> {
    values: [Option<(&'a str, usize)>; KEYS.len()],
    end: usize,
}

impl<'a> Fields<'a> {
    /// The value of key `slot` and its offset, or the key missing.
    fn value(&self, slot: usize) -> Result<(&'a str, usize), ParseError> {
        self.values[slot].ok_or(ParseError {
            offset: self.end,
            kind: ErrorKind::MissingKey(KEYS[slot]),
        })
    }

    fn text(&self, slot: usize) -> Result<&'a str, ParseError> {
        self.value(slot).map(|(value, _)| value)
    }

    /// The value of key `slot` as a number of type `N`.
    fn number<N: std::str::FromStr>(
        &self,
        slot: usize,
    ) -> Result<N, ParseError> {
        let (value, offset) = self.value(slot)?;
        let error = ParseError {
            offset,
            kind: ErrorKind::NotANumber,
        };
        value.parse().map_err(|_| error)
    }
}

// ANCHOR: records
/// Every line of `input` in turn, each parsed where it lies: an iterator
/// that allocates nothing, however long the input. A final newline ends the
/// input; it does not start an empty line.
#[inline]
pub fn records(input: &[u8]) -> Records<'_> {
    Records {
        lines: input.split(is_newline),
        offset: 0,
        end: input.len(),
    }
}

fn is_newline(byte: &u8) -> bool {
    *byte == b'\n'
}

/// The records of an input, one line each, parsed as the iterator reaches
/// them.
#[derive(Debug, Clone)]
pub struct Records<'a> {
    /// The input's lines, found one at a time (`split` collects nothing).
    lines: std::slice::Split<'a, u8, fn(&u8) -> bool>,
    /// Where the next line starts in the input.
    offset: usize,
    /// The input's length.
    end: usize,
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, ParseError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let line = self.lines.next()?;
        let start = self.offset;
        // After a final newline, `split` gives one empty piece more: no line.
        if start >= self.end {
            return None;
        }
        self.offset += line.len() + 1;
        Some(parse_line(line, start))
    }
}
// ANCHOR_END: records
