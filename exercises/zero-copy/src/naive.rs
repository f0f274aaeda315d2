//! Given code: the starting point, as a .NET developer ports it. The input is
//! split into a `Vec` of lines as `text.Split('\n')` would, each line into a
//! `Vec` of its fields as `line.Split(' ')` would, and each field as
//! `field.Split('=')`; in [`parse_owned`], a `String` for every text field. The demo measures it
//! beside yours. Do not change this file.

use crate::{ErrorKind, KEYS, ParseError, Record};

/// A log line, its text fields copied into `String`s of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedRecord {
    pub time: u64,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub bytes: u64,
    pub agent: String,
}

impl From<Record<'_>> for OwnedRecord {
    fn from(record: Record<'_>) -> Self {
        Self {
            time: record.time,
            method: record.method.to_owned(),
            path: record.path.to_owned(),
            status: record.status,
            bytes: record.bytes,
            agent: record.agent.to_owned(),
        }
    }
}

/// Every line of `input`, each copied out: a `Vec` of owned records.
pub fn parse_owned(input: &[u8]) -> Result<Vec<OwnedRecord>, ParseError> {
    records(input)
        .map(|record| record.map(OwnedRecord::from))
        .collect()
}

/// The record on `line`, which starts `offset` bytes into the input.
pub fn parse_line(
    line: &[u8],
    offset: usize,
) -> Result<Record<'_>, ParseError> {
    let text = std::str::from_utf8(line).map_err(|e| ParseError {
        offset: offset + e.valid_up_to(),
        kind: ErrorKind::NotUtf8,
    })?;
    // Each key's value, and where the value starts in the input.
    let mut values: [Option<(&str, usize)>; 6] = [None; 6];
    let mut at = offset;
    let fields: Vec<&str> = text.split(' ').collect();
    for field in fields {
        let parts: Vec<&str> = field.splitn(2, '=').collect();
        let error = |kind| ParseError { offset: at, kind };
        let [key, value] = parts[..] else {
            return Err(error(ErrorKind::NoEquals));
        };
        let slot = KEYS
            .iter()
            .position(|&k| k == key)
            .ok_or(error(ErrorKind::UnknownKey))?;
        if values[slot].replace((value, at + key.len() + 1)).is_some() {
            return Err(error(ErrorKind::DuplicateKey));
        }
        at += field.len() + 1;
    }
    let text = |slot: usize| {
        values[slot].ok_or(ParseError {
            offset: offset + line.len(),
            kind: ErrorKind::MissingKey(KEYS[slot]),
        })
    };
    let number = |slot: usize| -> Result<u64, ParseError> {
        let (value, at) = text(slot)?;
        let error = ParseError {
            offset: at,
            kind: ErrorKind::NotANumber,
        };
        value.parse().map_err(|_| error)
    };
    Ok(Record {
        time: number(0)?,
        method: text(1)?.0,
        path: text(2)?.0,
        status: u16::try_from(number(3)?).map_err(|_| ParseError {
            offset: text(3).map_or(0, |(_, at)| at),
            kind: ErrorKind::NotANumber,
        })?,
        bytes: number(4)?,
        agent: text(5)?.0,
    })
}

/// Every line of `input`, parsed in turn. As C#'s `text.Split('\n')` does,
/// every line is found first, into a `Vec`, with where it starts.
pub fn records(input: &[u8]) -> Records<'_> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in input.split(|&b| b == b'\n') {
        lines.push((offset, line));
        offset += line.len() + 1;
    }
    // A final newline (or an empty input) does not start a line.
    if input.is_empty() || input.ends_with(b"\n") {
        lines.pop();
    }
    Records {
        lines: lines.into_iter(),
    }
}

/// The records of an input, one line each: the lines, found beforehand.
#[derive(Debug, Clone)]
pub struct Records<'a> {
    lines: std::vec::IntoIter<(usize, &'a [u8])>,
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (offset, line) = self.lines.next()?;
        Some(parse_line(line, offset))
    }
}

/// A binary header copied out field by field, as C#'s
/// `BinaryPrimitives.ReadUInt32LittleEndian` and its kin read one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopiedHeader {
    pub magic: [u8; 4],
    pub version: u16,
    pub flags: u16,
    pub length: u32,
    pub id: u64,
    pub time: u64,
}

/// The record at `offset`, its header copied out with `from_le_bytes`, its
/// payload a slice of `input`; the same errors as `read_record`.
pub fn read_record_copied(
    input: &[u8],
    offset: usize,
) -> Result<(CopiedHeader, &[u8]), ParseError> {
    let error = |offset, kind| ParseError { offset, kind };
    let rest = input.get(offset..).unwrap_or_default();
    let Some((bytes, rest)) = rest.split_first_chunk::<28>() else {
        return Err(error(offset, ErrorKind::ShortHeader));
    };
    let take = |from: usize, to: usize| &bytes[from..to];
    let header = CopiedHeader {
        magic: [bytes[0], bytes[1], bytes[2], bytes[3]],
        version: u16::from_le_bytes([bytes[4], bytes[5]]),
        flags: u16::from_le_bytes([bytes[6], bytes[7]]),
        length: u32::from_le_bytes(take(8, 12).try_into().unwrap_or_default()),
        id: u64::from_le_bytes(take(12, 20).try_into().unwrap_or_default()),
        time: u64::from_le_bytes(take(20, 28).try_into().unwrap_or_default()),
    };
    if header.magic != crate::MAGIC {
        return Err(error(offset, ErrorKind::BadMagic));
    }
    let payload = rest
        .get(..header.length as usize)
        .ok_or(error(offset + 28, ErrorKind::PayloadPastEnd))?;
    Ok((header, payload))
}
