//! Step 1: encoding allocates nothing of its own: into a buffer with room,
//! 100,000 values make no allocation, and into an empty `Vec` only its growth.
//! A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use varint::workload::{SEED, values};
use varint::{MAX_LEN, encode, encoded_len};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn encoding_allocates_nothing_but_the_buffers_growth() {
    const COUNT: usize = 100_000;
    let values = values(SEED, COUNT);
    let expected: usize = values.iter().map(|&v| encoded_len(v)).sum();
    let mut roomy = Vec::with_capacity(COUNT * MAX_LEN);
    let mut empty = Vec::new();
    let heap = measure::HeapTest::start();

    for &value in &values {
        encode(value, &mut roomy);
    }
    let into_room = heap.usage();
    for &value in &values {
        encode(value, &mut empty);
    }
    let into_empty = heap.usage();

    dhat::assert_eq!(
        into_room.allocations,
        0,
        "{COUNT} values into a buffer with room made {} allocations; the target is 0. Push \
         each byte onto the buffer, not through a Vec of its own per value.",
        into_room.allocations,
    );
    let growth = into_empty.allocations - into_room.allocations;
    dhat::assert!(
        growth <= 40,
        "{COUNT} values into an empty Vec made {growth} allocations; a Vec that doubles \
         needs about 20 to reach {expected} bytes."
    );
    dhat::assert_eq!(
        (roomy.len(), empty.len()),
        (expected, expected),
        "the varints take the sum of their encoded_len bytes"
    );
}
