//! Given code: the format's limit, the decoder's errors, and the state of the
//! slice decoder. Do not change this file; the reference solution includes it
//! too (with `#[path]`), so there is one copy.

use std::fmt;

/// The longest varint of a `u64`: 64 bits at 7 a byte is ⌈64 / 7⌉ = 10 bytes.
pub const MAX_LEN: usize = 10;

// ANCHOR: errors
/// Why some bytes are not a varint, and where: `offset` is the byte at fault,
/// counted from the start of the bytes given to the decoder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    pub kind: ErrorKind,
    pub offset: usize,
}

/// What is wrong with the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The bytes ended inside a varint: its last byte still said "more
    /// follows". The offset is where the next byte should have been (the length
    /// of the input).
    Truncated,
    /// Ten bytes, and the tenth still says "more follows": no `u64` is that
    /// long. The offset is the tenth byte's.
    TooLong,
    /// The tenth byte holds bits beyond the 64th (it carries bit 63 alone, so
    /// anything above 1 overflows). The offset is the tenth byte's.
    Overflow,
    /// The last byte is 0 after at least one other, as in `80 00`: a longer way
    /// to write a value that has a shorter one. We accept one encoding per
    /// value (a choice: protobuf accepts these). The offset is the zero byte's.
    Overlong,
}
// ANCHOR_END: errors

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Truncated => "the input ends inside a varint",
            ErrorKind::TooLong => {
                "a varint's tenth byte says more follows: longer than a u64"
            }
            ErrorKind::Overflow => {
                "a varint's tenth byte holds bits beyond the 64th"
            }
            ErrorKind::Overlong => {
                "a varint ends with a 0 byte: an overlong encoding"
            }
        };
        write!(f, "{what} (at byte {})", self.offset)
    }
}

impl std::error::Error for DecodeError {}

/// Decodes every varint in `bytes`, one after another: an iterator (step 3).
pub fn decode_all(bytes: &[u8]) -> Decoder<'_> {
    Decoder::new(bytes)
}

// ANCHOR: decoder
/// Decodes the varints in a slice one after another, as an iterator of
/// `Result<u64, DecodeError>`: see [`decode_all`]. After an error it yields
/// nothing more, and [`Decoder::offset`] says where it stopped.
#[derive(Debug, Clone)]
pub struct Decoder<'a> {
    pub(crate) bytes: &'a [u8],
    /// Where the next varint starts: after the last one decoded.
    pub(crate) offset: usize,
    pub(crate) failed: bool,
}
// ANCHOR_END: decoder

impl<'a> Decoder<'a> {
    /// A decoder at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            offset: 0,
            failed: false,
        }
    }

    /// Where the decoder stopped: the end of the last varint it decoded, which
    /// is the start of the one that failed, if one did. At the end of a clean
    /// run it is the input's length.
    pub fn offset(&self) -> usize {
        self.offset
    }
}
