//! Reference solution of the **variable-length integers** exercise.
//!
//! Unsigned LEB128 (protobuf's varint): 7 bits a byte, low bits first, the top
//! bit of each byte set when another follows. Encoding writes into the caller's
//! buffer and allocates nothing of its own; decoding is total: any bytes give a
//! value or a [`DecodeError`] that says what is wrong and at which byte. ZigZag
//! maps signed values to unsigned ones that stay small near 0. Safe Rust: no
//! `unsafe`.
//!
//! The given code (errors, decoder state, baselines, workload) is the
//! exercise's own files, included here, so there is one copy of each.

#[path = "../../../exercises/varint/src/given.rs"]
mod given;
#[path = "../../../exercises/varint/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/varint/src/workload.rs"]
pub mod workload;

pub use given::*;

mod decode;
mod encode;
mod zigzag;

pub use decode::decode;
#[cfg(not(feature = "naive-baseline"))]
pub use encode::encode;
pub use encode::{encode_into, encoded_len};
#[cfg(feature = "naive-baseline")]
pub use naive::encode_through_a_vec as encode;
pub use zigzag::{unzigzag, zigzag};
