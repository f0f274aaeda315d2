//! Given code: what a log line holds, the binary record's header, and the
//! error every parser returns. Do not change this file; the reference solution
//! includes it too (with `#[path]`).

use std::fmt;
use zerocopy::byteorder::little_endian::{U16, U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

/// The keys of a log line, each once, in any order:
/// `time=1700000000 method=GET path=/api/orders status=200 bytes=512
/// agent=curl/8.4`.
pub const KEYS: [&str; 6] =
    ["time", "method", "path", "status", "bytes", "agent"];

/// One log line, its text fields borrowed from the input: making one copies
/// no text. The lifetime `'a` is the input's: a `Record` cannot outlive the
/// bytes it points into, and the compiler checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record<'a> {
    /// Seconds since 1970.
    pub time: u64,
    pub method: &'a str,
    pub path: &'a str,
    pub status: u16,
    /// The response's size.
    pub bytes: u64,
    pub agent: &'a str,
}

// ANCHOR: header
/// The first bytes of every binary record: [`MAGIC`], a version, flags, the
/// payload's length, an id and a time, all little-endian. `zerocopy`'s
/// integer types have no alignment (1 byte), so a `Header` can be read in
/// place at any offset, and its derives prove that any 28 bytes are a valid
/// `Header`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    FromBytes,
    IntoBytes,
    KnownLayout,
    Immutable,
)]
#[repr(C)]
pub struct Header {
    pub magic: [u8; 4],
    pub version: U16,
    pub flags: U16,
    /// How many bytes of payload follow the header.
    pub length: U32,
    pub id: U64,
    pub time: U64,
}
// ANCHOR_END: header

/// What every binary record starts with.
pub const MAGIC: [u8; 4] = *b"ZCR1";

/// What went wrong, and where: `offset` is the position in the whole input,
/// in bytes from 0, of the byte the parser could not take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub kind: ErrorKind,
}

/// What a parser can find wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A field without `=`.
    NoEquals,
    /// A key that is not one of [`KEYS`].
    UnknownKey,
    /// A key given twice on one line.
    DuplicateKey,
    /// A line without this key.
    MissingKey(&'static str),
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// `time`, `status` or `bytes` that is not a number of its type.
    NotANumber,
    /// Fewer bytes left than a header takes.
    ShortHeader,
    /// A header that does not start with [`MAGIC`].
    BadMagic,
    /// A payload longer than the bytes left.
    PayloadPastEnd,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::NoEquals => "a field without `=`".to_string(),
            ErrorKind::UnknownKey => "an unknown key".to_string(),
            ErrorKind::DuplicateKey => "a key given twice".to_string(),
            ErrorKind::MissingKey(key) => format!("no `{key}` on the line"),
            ErrorKind::NotUtf8 => "bytes that are not UTF-8".to_string(),
            ErrorKind::NotANumber => "a value that is not a number".to_string(),
            ErrorKind::ShortHeader => "a header cut short".to_string(),
            ErrorKind::BadMagic => {
                "a header without the magic bytes".to_string()
            }
            ErrorKind::PayloadPastEnd => "a payload past the end".to_string(),
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for ParseError {}
