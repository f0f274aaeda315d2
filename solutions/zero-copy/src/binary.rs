//! Step 3: a binary record's header read in place, and its payload a slice
//! of the input.

use crate::{ErrorKind, Header, MAGIC, ParseError};
use zerocopy::FromBytes;

// ANCHOR: read_record
/// The record that starts `offset` bytes into `input`: its header, read
/// where it lies (no copy: the derives on [`Header`] prove that any 28 bytes
/// are one), and its payload, a slice of `input`.
///
/// # Errors
///
/// [`ErrorKind::ShortHeader`] (at `offset`) if fewer than 28 bytes are left,
/// [`ErrorKind::BadMagic`] (at `offset`) if they do not start with
/// [`MAGIC`], and [`ErrorKind::PayloadPastEnd`] (at the payload's start) if
/// the length passes the end of `input`.
#[inline]
pub fn read_record(
    input: &[u8],
    offset: usize,
) -> Result<(&Header, &[u8]), ParseError> {
    let error = |offset, kind| ParseError { offset, kind };
    let rest = input.get(offset..).unwrap_or_default();
    let (header, rest) = Header::ref_from_prefix(rest)
        .map_err(|_| error(offset, ErrorKind::ShortHeader))?;
    if header.magic != MAGIC {
        return Err(error(offset, ErrorKind::BadMagic));
    }
    let payload_at = offset + size_of::<Header>();
    let payload = usize::try_from(header.length.get())
        .ok()
        .and_then(|length| rest.get(..length))
        .ok_or(error(payload_at, ErrorKind::PayloadPastEnd))?;
    Ok((header, payload))
}
// ANCHOR_END: read_record
