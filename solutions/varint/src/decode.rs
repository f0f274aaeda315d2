//! Decoding, total: a value or an error for any input.

use crate::{DecodeError, Decoder, ErrorKind, MAX_LEN};

// ANCHOR: decode
/// The varint at the start of `bytes`: its value and how many bytes it took.
/// Any input gives one or the other: a value, or a [`DecodeError`] saying what
/// is wrong and where. Bytes after the varint are not looked at.
#[inline]
pub fn decode(bytes: &[u8]) -> Result<(u64, usize), DecodeError> {
    let fault = |kind, offset| Err(DecodeError { kind, offset });
    let mut value = 0;
    // The first nine bytes carry 7 bits each (a shift of at most 56: no
    // overflow).
    for (offset, &byte) in bytes.iter().take(MAX_LEN - 1).enumerate() {
        value |= u64::from(byte & 0x7F) << (7 * offset);
        if byte & 0x80 == 0 {
            return if byte == 0 && offset > 0 {
                fault(ErrorKind::Overlong, offset)
            } else {
                Ok((value, offset + 1))
            };
        }
    }
    // Nine bytes said "more follows", or the input ended: the tenth byte, if
    // there is one, carries bit 63 alone, so it may only be 1 (0 would be
    // overlong).
    let last = MAX_LEN - 1;
    match bytes.get(last) {
        None => fault(ErrorKind::Truncated, bytes.len()),
        Some(&byte) if byte & 0x80 != 0 => fault(ErrorKind::TooLong, last),
        Some(0) => fault(ErrorKind::Overlong, last),
        Some(1) => {
            value |= 1 << 63;
            Ok((value, MAX_LEN))
        }
        Some(_) => fault(ErrorKind::Overflow, last),
    }
}
// ANCHOR_END: decode

// ANCHOR: decoder
/// Yields each varint's value; on the first error, the error (its offset
/// counted from the start of the whole input), and then nothing. `offset()`
/// says where it stopped.
impl Iterator for Decoder<'_> {
    type Item = Result<u64, DecodeError>;

    #[inline]
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
