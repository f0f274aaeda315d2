//! The ways to write the values, each measured the same way: encode into a new
//! buffer, decode it back (checking every value), several times, times as
//! medians.

use measure::timed::median;
use std::time::Duration;
use varint::{DecodeError, decode_all, naive};

/// A way to write `u64`s as bytes and read them back. (The benchmarks add the
/// ecosystem's crates as more ways.)
pub trait Codec {
    /// Its name in a table.
    const NAME: &'static str;
    /// Appends one value to the bytes.
    fn encode(value: u64, out: &mut Vec<u8>);
    /// Appends every value the bytes hold to the list.
    fn decode(bytes: &[u8], values: &mut Vec<u64>) -> Result<(), DecodeError>;
}

/// Every value in 8 bytes, little-endian.
#[derive(Debug)]
pub struct Fixed;

/// Varints, each made in a `Vec` of its own and copied in (the widely copied
/// article's way).
#[derive(Debug)]
pub struct VecPerValue;

/// Varints written straight into the buffer.
#[derive(Debug)]
pub struct Varint;

impl Codec for Fixed {
    const NAME: &'static str = "8 bytes each";
    fn encode(value: u64, out: &mut Vec<u8>) {
        naive::encode_fixed(value, out);
    }
    fn decode(bytes: &[u8], values: &mut Vec<u64>) -> Result<(), DecodeError> {
        values.extend(naive::decode_fixed(bytes));
        Ok(())
    }
}

impl Codec for VecPerValue {
    const NAME: &'static str = "varint, Vec each";
    fn encode(value: u64, out: &mut Vec<u8>) {
        naive::encode_through_a_vec(value, out);
    }
    fn decode(bytes: &[u8], values: &mut Vec<u64>) -> Result<(), DecodeError> {
        Varint::decode(bytes, values)
    }
}

impl Codec for Varint {
    const NAME: &'static str = "varint";
    fn encode(value: u64, out: &mut Vec<u8>) {
        varint::encode(value, out);
    }
    fn decode(bytes: &[u8], values: &mut Vec<u64>) -> Result<(), DecodeError> {
        // Every varint takes a byte or more: a decoder that yields more values
        // than there are bytes is broken, and the check after decoding says so
        // instead of running on.
        for value in decode_all(bytes).take(bytes.len()) {
            values.push(value?);
        }
        Ok(())
    }
}

/// What one way cost. Counts are from the first run (every run is the same);
/// times are medians.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub bytes: usize,
    pub allocations: u64,
    pub peak_live: usize,
    pub encode: Duration,
    pub decode: Duration,
}

/// Encoding `values` the bytes did not give back: a bug, reported as the demo's
/// error.
#[derive(Debug)]
pub struct Mismatch(pub &'static str);

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: the bytes did not decode to the values encoded",
            self.0
        )
    }
}

impl std::error::Error for Mismatch {}

/// Measures `C` on `values`, `repeat` times (at least once): each run encodes
/// into a new `Vec` and decodes into a list with room for every value.
pub fn measure<C: Codec>(
    values: &[u64],
    repeat: usize,
) -> Result<Measured, measure::demo::Error> {
    let repeat = repeat.max(1);
    let mut decoded = Vec::with_capacity(values.len());
    let (mut encode_times, mut decode_times) = (Vec::new(), Vec::new());
    let mut first = None;
    for _ in 0..repeat {
        let (bytes, encoding) = measure::measure(|| {
            let mut bytes = Vec::new();
            for &value in values {
                C::encode(value, &mut bytes);
            }
            bytes
        });
        decoded.clear();
        let (result, decoding) =
            measure::measure(|| C::decode(&bytes, &mut decoded));
        result?;
        if decoded != values {
            return Err(Mismatch(C::NAME).into());
        }
        encode_times.push(encoding.elapsed);
        decode_times.push(decoding.elapsed);
        first.get_or_insert(Measured {
            bytes: bytes.len(),
            allocations: encoding.allocations,
            peak_live: encoding.peak_above_start,
            encode: Duration::ZERO,
            decode: Duration::ZERO,
        });
    }
    Ok(Measured {
        encode: median(&mut encode_times),
        decode: median(&mut decode_times),
        ..first.expect("at least one run")
    })
}
