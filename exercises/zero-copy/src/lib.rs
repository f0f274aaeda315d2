//! Exercise: **zero-copy parsing**. Run `cargo workshop check zero-copy` to
//! see where you are, and `cargo workshop hint zero-copy` when you are stuck.
//! The tests are in `tests/`: read them.
//!
//! Parsing usually copies: every field a new `String`, every header a struct
//! filled field by field. Step 1: a log line's fields as `&str` slices of the
//! input, with a typed error and its offset for every kind of bad input
//! ([`parse_line`]). Step 2: every line of an input in turn, allocating
//! nothing ([`records`]). Step 3 (a stretch): a binary record's header read in
//! place with `zerocopy`, its payload a slice of the input ([`read_record`]).
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the record, the header and the error (`given.rs`), the starting point
//! (`naive.rs`) and the input the tests and the demo use (`workload.rs`).

mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (step 1): parse the line where it lies: no `Vec`, no `String`. As
// shipped, it is the starting point's, which collects every line into a
// `Vec` of fields and every field into a `Vec` of two.
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
pub fn parse_line(
    line: &[u8],
    offset: usize,
) -> Result<Record<'_>, ParseError> {
    naive::parse_line(line, offset)
}

// TODO (step 2): the iterator's fields (the input, and how far into it the
// next line starts) and its `next`, which allocates nothing. As shipped, it
// runs the starting point's, which finds every line first, into a `Vec`.
/// The records of an input, one line each, parsed as the iterator reaches
/// them.
#[derive(Debug, Clone)]
pub struct Records<'a> {
    naive: naive::Records<'a>,
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.naive.next()
    }
}

/// Every line of `input` in turn, each parsed where it lies: an iterator
/// that allocates nothing, however long the input. A final newline ends the
/// input; it does not start an empty line.
pub fn records(input: &[u8]) -> Records<'_> {
    Records {
        naive: naive::records(input),
    }
}

// TODO (step 3): read the header in place with `Header::ref_from_prefix`
// (`use zerocopy::FromBytes;`); keep the signature.
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
#[allow(unused_variables)] // remove this line when you implement the function
pub fn read_record(
    input: &[u8],
    offset: usize,
) -> Result<(&Header, &[u8]), ParseError> {
    todo!("step 3: the header in place, then the payload")
}
