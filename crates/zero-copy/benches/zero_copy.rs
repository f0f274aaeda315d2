//! The demo's 250,000 log lines parsed as ported from C# (a `String` per
//! field) and where they lie (`&str` slices), each record used and dropped, and its 250,000 binary records'
//! headers read three ways: copied out with `from_le_bytes`, in place with
//! `zerocopy`, and in place with `bytemuck`. `just bench zero-copy` records
//! the results, with the machine, in docs/src/runs/zero-copy-bench.txt; the
//! chapter shows them. Goals: the borrowed parse at least 3× faster than the
//! owned one, with a constant number of allocations; our header read within
//! 1.1× of the crates'.
//!
//! Run: `cargo bench -p zero-copy --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use bytemuck::{Pod, Zeroable};
use divan::{Bencher, black_box};
use std::sync::LazyLock;
use zero_copy::workload::{LINES, SEED, binary, text};
use zero_copy::{naive, read_record, records};

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

static TEXT: LazyLock<Vec<u8>> = LazyLock::new(|| text(SEED, LINES));
static BINARY: LazyLock<Vec<u8>> = LazyLock::new(|| binary(SEED, LINES));

/// Every line parsed, one field of each used, and the record dropped: as
/// ported from C#, each into an owned record (a `Vec` per line and per field
/// on the way, a `String` per text field), or where it lies.
mod parse {
    use super::*;

    #[divan::bench(sample_count = 20)]
    fn owned(bencher: Bencher) {
        let text = &*TEXT;
        bencher.bench_local(|| {
            let lines = naive::records(black_box(text));
            let owned = lines.map(|line| line.map(naive::OwnedRecord::from));
            owned
                .map(|record| record.map_or(0, |r| r.path.len()))
                .sum::<usize>()
        });
    }

    #[divan::bench(sample_count = 20)]
    fn borrowed(bencher: Bencher) {
        let text = &*TEXT;
        bencher.bench_local(|| {
            let lines = records(black_box(text));
            lines
                .map(|record| record.map_or(0, |r| r.path.len()))
                .sum::<usize>()
        });
    }
}

/// The header as `bytemuck` reads it: plain bytes (no alignment, so any
/// offset will do), each integer turned around by `from_le_bytes`.
#[derive(Clone, Copy, Pod, Zeroable)]
#[repr(C)]
struct PodHeader {
    magic: [u8; 4],
    version: [u8; 2],
    flags: [u8; 2],
    length: [u8; 4],
    id: [u8; 8],
    time: [u8; 8],
}

/// Every record of `input` in turn, by `read`, which gives a record's id
/// and its payload's length; the ids summed.
fn read_all(
    input: &[u8],
    read: impl Fn(&[u8], usize) -> Option<(u64, usize)>,
) -> u64 {
    let (mut offset, mut sum) = (0, 0);
    while let Some((id, length)) = read(input, offset) {
        sum += id;
        offset += 28 + length;
    }
    sum
}

mod headers {
    use super::*;

    #[divan::bench]
    fn copied(bencher: Bencher) {
        let input = &*BINARY;
        bencher.bench_local(|| {
            read_all(black_box(input), |input, offset| {
                let (header, payload) =
                    naive::read_record_copied(input, offset).ok()?;
                Some((header.id, payload.len()))
            })
        });
    }

    #[divan::bench]
    fn zerocopy(bencher: Bencher) {
        let input = &*BINARY;
        bencher.bench_local(|| {
            read_all(black_box(input), |input, offset| {
                let (header, payload) = read_record(input, offset).ok()?;
                Some((header.id.get(), payload.len()))
            })
        });
    }

    #[divan::bench]
    fn bytemuck(bencher: Bencher) {
        let input = &*BINARY;
        bencher.bench_local(|| {
            read_all(black_box(input), |input, offset| {
                let bytes = input.get(offset..offset + 28)?;
                let header: &PodHeader =
                    bytemuck::try_from_bytes(bytes).ok()?;
                if header.magic != zero_copy::MAGIC {
                    return None;
                }
                let length = u32::from_le_bytes(header.length) as usize;
                input.get(offset + 28..offset + 28 + length)?;
                Some((u64::from_le_bytes(header.id), length))
            })
        });
    }
}
