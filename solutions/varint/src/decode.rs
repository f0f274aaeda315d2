//! Decoding, total: a value or an error for any input.

use crate::{DecodeError, Decoder, ErrorKind, MAX_LEN};

// ANCHOR: decode
/// The varint at the start of `bytes`: its value and how many bytes it took. Any input
/// gives one or the other: a value, or a [`DecodeError`] saying what is wrong and where.
/// Bytes after the varint are not looked at.
#[inline]
pub fn decode(bytes: &[u8]) -> Result<(u64, usize), DecodeError> {
    let mut value = 0;
    for (offset, &byte) in bytes.iter().enumerate().take(MAX_LEN) {
        let fault = |kind| Err(DecodeError { kind, offset });
        let bits = u64::from(byte & 0x7F);
        if offset == MAX_LEN - 1 {
            // The tenth byte carries bit 63 alone: it may only be 0 or 1.
            if byte & 0x80 != 0 {
                return fault(ErrorKind::TooLong);
            }
            if bits > 1 {
                return fault(ErrorKind::Overflow);
            }
        }
        value |= bits << (7 * offset); // the shift is at most 63: checked above
        if byte & 0x80 == 0 {
            if byte == 0 && offset > 0 {
                return fault(ErrorKind::Overlong);
            }
            return Ok((value, offset + 1));
        }
    }
    Err(DecodeError {
        kind: ErrorKind::Truncated,
        offset: bytes.len(),
    })
}
// ANCHOR_END: decode

// ANCHOR: decoder
/// Yields each varint's value; on the first error, the error (its offset counted from the
/// start of the whole input), and then nothing. `offset()` says where it stopped.
impl Iterator for Decoder<'_> {
    type Item = Result<u64, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset == self.bytes.len() {
            return None;
        }
        Some(match decode(&self.bytes[self.offset..]) {
            Ok((value, len)) => {
                self.offset += len;
                Ok(value)
            }
            Err(error) => {
                self.failed = true;
                Err(DecodeError {
                    offset: self.offset + error.offset,
                    ..error
                })
            }
        })
    }
}
// ANCHOR_END: decoder

impl std::iter::FusedIterator for Decoder<'_> {}
