//! Step 1: pushing allocates only when a buffer grows, not once per string.
//! A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use string_table::{StringBuffer, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn pushing_allocates_only_when_a_buffer_doubles() {
    const STRINGS: usize = 100_000;
    let strings = workload::distinct(STRINGS);
    let heap = measure::HeapTest::start();

    let mut buffer = StringBuffer::new();
    for s in &strings {
        buffer.push(s).expect("room for 100,000 short strings");
    }
    let usage = heap.usage();

    // Two buffers, each doubling from empty: about log2(N) growths each,
    // and a few more for the text (its length is N times a string's).
    let ceil_log2 = STRINGS.next_power_of_two().ilog2() as u64;
    let most = 2 * ceil_log2 + 10;
    dhat::assert!(
        usage.allocations <= most,
        "pushing {STRINGS} strings made {} allocations; at most {most} is the \
         target (two buffers that double as they grow). Does each string get \
         a heap block of its own?",
        usage.allocations
    );
}
