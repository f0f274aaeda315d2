//! Step 3: `read_record` reads a binary header in place and gives its
//! payload as a slice of the input; bad input is a typed error, never a
//! panic.

use zero_copy::{ErrorKind, Header, MAGIC, ParseError, read_record, workload};

/// Every record of `input`, read one after another, up to the first error.
fn read_all(input: &[u8]) -> (Vec<(Header, Vec<u8>)>, Option<ParseError>) {
    let (mut records, mut offset) = (Vec::new(), 0);
    while offset < input.len() {
        match read_record(input, offset) {
            Ok((header, payload)) => {
                offset += size_of::<Header>() + payload.len();
                records.push((*header, payload.to_vec()));
            }
            Err(error) => return (records, Some(error)),
        }
    }
    (records, None)
}

#[test]
fn the_workload_reads_back_record_by_record() {
    let input = workload::binary(5, 300);
    let (records, error) = read_all(&input);
    assert_eq!(error, None);
    assert_eq!(records.len(), 300);
    for (n, (header, payload)) in records.iter().enumerate() {
        assert_eq!(header.magic, MAGIC);
        assert_eq!(header.id.get(), n as u64 + 1, "ids count from 1");
        assert_eq!(payload.len(), header.length.get() as usize);
    }
}

#[test]
fn the_header_and_payload_are_the_input_itself() {
    let input = workload::binary(5, 3);
    let (header, payload) = read_record(&input, 0).expect("a valid record");
    let inside = |p: *const u8| input.as_ptr_range().contains(&p);
    assert!(
        inside((header as *const Header).cast()),
        "the header, in place"
    );
    assert!(
        payload.is_empty() || inside(payload.as_ptr()),
        "the payload too"
    );
}

#[test]
fn every_truncation_is_an_error_at_its_offset() {
    let input = workload::binary(9, 1);
    let (header, _) = read_record(&input, 0).expect("a valid record");
    let length = header.length.get() as usize;
    for end in 0..input.len() {
        let expected = if end < size_of::<Header>() {
            ErrorKind::ShortHeader
        } else {
            ErrorKind::PayloadPastEnd
        };
        let offset = if end < size_of::<Header>() { 0 } else { 28 };
        assert_eq!(
            read_record(&input[..end], 0).map(|_| ()),
            Err(ParseError {
                offset,
                kind: expected
            }),
            "cut at {end} of {} (payload {length})",
            input.len()
        );
    }
}

#[test]
fn a_wrong_magic_or_an_offset_past_the_end_is_an_error() {
    let mut input = workload::binary(9, 2);
    input[0] = b'X';
    assert_eq!(
        read_record(&input, 0).map(|_| ()),
        Err(ParseError {
            offset: 0,
            kind: ErrorKind::BadMagic
        })
    );
    let past = input.len() + 10;
    assert_eq!(
        read_record(&input, past).map(|_| ()),
        Err(ParseError {
            offset: past,
            kind: ErrorKind::ShortHeader
        })
    );
}

#[test]
fn a_million_random_byte_strings_never_panic() {
    let mut draws = measure::SplitMix64::new(11);
    let mut bytes = Vec::with_capacity(64);
    for _ in 0..1_000_000 {
        bytes.clear();
        let length = draws.next_u64() % 64;
        for i in 0..length {
            let draw = draws.next_u64();
            // Half the strings start with the magic, to reach the payload.
            let magic = draw.is_multiple_of(2) && i < 4;
            bytes.push(if magic { MAGIC[i as usize] } else { draw as u8 });
        }
        let _ = read_record(&bytes, (draws.next_u64() % 4) as usize);
    }
}
