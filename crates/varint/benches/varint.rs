//! 100,000 of the workload's values encoded and decoded: 8 bytes each vs our
//! varint vs `prost`'s `encode_varint`/`decode_varint` vs `integer-encoding` vs
//! `leb128`, with divan's allocation counts. `just bench varint` records the
//! results, with the machine, in docs/src/runs/varint-bench.txt; the chapter
//! shows them. Goal: within 1.2× of prost on encode and on decode.
//!
//! Run: `cargo bench -p varint --features bench`. CI only compiles it (`cargo
//! bench --no-run`).

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use integer_encoding::VarInt;
use std::sync::LazyLock;
use varint::workload::{SEED, values};
use varint::{DecodeError, MAX_LEN};
use varint_demo::ways::{Codec, Fixed, Varint};

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// Values per sample: a tenth of the demo's.
const COUNT: usize = 100_000;

static VALUES: LazyLock<Vec<u64>> = LazyLock::new(|| values(SEED, COUNT));

// Ours and the 8-byte baseline are the demo's (`varint_demo::ways`); the rivals
// here.

#[derive(Debug)]
struct Prost;
#[derive(Debug)]
struct IntegerEncoding;
#[derive(Debug)]
struct Leb128;

/// The values one decoder read, or the first failure: the decoders' errors
/// differ, and a failure here is a bug in the bench (it decodes what the same
/// crate encoded).
fn all_or_panic<E: std::fmt::Debug>(
    result: Result<(), E>,
) -> Result<(), DecodeError> {
    result.map_err(|e| {
        panic!("the rival failed to decode its own encoding: {e:?}")
    })
}

impl Codec for Prost {
    const NAME: &'static str = "prost";
    fn encode(value: u64, out: &mut Vec<u8>) {
        prost::encoding::encode_varint(value, out);
    }
    fn decode(
        mut bytes: &[u8],
        values: &mut Vec<u64>,
    ) -> Result<(), DecodeError> {
        all_or_panic((|| {
            while !bytes.is_empty() {
                values.push(prost::encoding::decode_varint(&mut bytes)?);
            }
            Ok::<_, prost::DecodeError>(())
        })())
    }
}

impl Codec for IntegerEncoding {
    const NAME: &'static str = "integer-encoding";
    fn encode(value: u64, out: &mut Vec<u8>) {
        let mut buf = [0; MAX_LEN];
        let len = value.encode_var(&mut buf);
        out.extend_from_slice(&buf[..len]);
    }
    fn decode(bytes: &[u8], values: &mut Vec<u64>) -> Result<(), DecodeError> {
        let mut at = 0;
        while at < bytes.len() {
            let Some((value, len)) = u64::decode_var(&bytes[at..]) else {
                return all_or_panic(Err(at));
            };
            values.push(value);
            at += len;
        }
        Ok(())
    }
}

impl Codec for Leb128 {
    const NAME: &'static str = "leb128";
    fn encode(value: u64, out: &mut Vec<u8>) {
        leb128::write::unsigned(out, value).expect("a Vec takes every byte");
    }
    fn decode(
        mut bytes: &[u8],
        values: &mut Vec<u64>,
    ) -> Result<(), DecodeError> {
        all_or_panic((|| {
            while !bytes.is_empty() {
                values.push(leb128::read::unsigned(&mut bytes)?);
            }
            Ok::<_, leb128::read::Error>(())
        })())
    }
}

/// The values encoded by `C` into a buffer with room for them (reused, so only
/// the encoding is timed).
#[divan::bench(types = [Fixed, Varint, Prost, IntegerEncoding, Leb128])]
fn encode<C: Codec>(bencher: Bencher) {
    let mut out = Vec::with_capacity(COUNT * 8);
    bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
        out.clear();
        for &value in VALUES.iter() {
            C::encode(value, &mut out);
        }
        black_box(out.len())
    });
}

/// The values decoded by `C` from its own encoding of them, into a list with
/// room.
#[divan::bench(types = [Fixed, Varint, Prost, IntegerEncoding, Leb128])]
fn decode<C: Codec>(bencher: Bencher) {
    let mut bytes = Vec::new();
    for &value in VALUES.iter() {
        C::encode(value, &mut bytes);
    }
    let mut decoded = Vec::with_capacity(COUNT);
    C::decode(&bytes, &mut decoded).expect("valid varints");
    assert_eq!(decoded, *VALUES, "the decoder reads the values back");
    bencher.counter(ItemsCount::new(COUNT)).bench_local(|| {
        decoded.clear();
        C::decode(black_box(&bytes), &mut decoded).expect("valid varints");
        black_box(decoded.len())
    });
}
