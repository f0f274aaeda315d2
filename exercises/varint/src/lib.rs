//! Exercise: **variable-length integers** (LEB128, protobuf's varint).
//!
//! Run `cargo workshop check varint` to see where you are, and `cargo workshop
//! hint varint` when you are stuck. The tests are in `tests/`: read them.
//!
//! A varint stores an integer 7 bits a byte, low bits first; the top bit of
//! each byte says whether another follows. Small values take one byte instead
//! of eight: .NET's `BinaryWriter.Write7BitEncodedInt`. Step 1: encode, into
//! the caller's buffer. Step 2: decode, where every input gives a value or an
//! error that says what and where. Step 3: ZigZag for signed values, and an
//! iterator over a slice of varints.
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the errors and the decoder's state (`given.rs`), the demo's baselines
//! (`naive.rs`) and the values (`workload.rs`).

#[allow(dead_code)] // the decoder's fields are unread until step 3
mod given;
pub mod naive;
pub mod workload;

pub use given::*;

// TODO (step 1): encode; keep the signatures.
/// How many bytes the varint of `value` takes: 1 to [`MAX_LEN`].
#[allow(unused_variables)] // remove this line when you implement the functions
pub fn encoded_len(value: u64) -> usize {
    todo!("step 1: 7 bits a byte")
}

/// Writes the varint of `value` at the start of `buf` and returns its length.
#[allow(unused_variables)]
pub fn encode_into(value: u64, buf: &mut [u8; MAX_LEN]) -> usize {
    todo!(
        "step 1: low 7 bits first, the top bit set on every byte but the last"
    )
}

/// Appends the varint of `value` to `out`, allocating nothing but `out`'s own
/// growth.
#[allow(unused_variables, clippy::ptr_arg)]
pub fn encode(value: u64, out: &mut Vec<u8>) {
    todo!("step 1: append the varint")
}

// TODO (step 2): decode; keep the signature.
/// The varint at the start of `bytes`: its value and how many bytes it took.
/// Any input gives one or the other: a value, or a [`DecodeError`] saying what
/// is wrong and where. Bytes after the varint are not looked at.
#[allow(unused_variables)]
pub fn decode(bytes: &[u8]) -> Result<(u64, usize), DecodeError> {
    todo!("step 2: decode, or say what is wrong and where")
}

// TODO (step 3): ZigZag and the slice decoder; keep the signatures.
/// A signed value as an unsigned one that is small when the value is near 0: 0,
/// -1, 1, -2, 2, … become 0, 1, 2, 3, 4, …
#[allow(unused_variables)]
pub fn zigzag(value: i64) -> u64 {
    todo!("step 3: ZigZag")
}

/// The signed value [`zigzag`] made `value` from.
#[allow(unused_variables)]
pub fn unzigzag(value: u64) -> i64 {
    todo!("step 3: back from ZigZag")
}

/// Yields each varint's value; on the first error, the error (its offset
/// counted from the start of the whole input), and then nothing. `offset()`
/// says where it stopped.
impl Iterator for Decoder<'_> {
    type Item = Result<u64, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        todo!("step 3: decode the next varint, if any")
    }
}
