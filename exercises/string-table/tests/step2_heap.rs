//! Step 2: a table of 100,000 distinct strings holds each once, with a few
//! bytes per string beside the text, and allocates only when it grows. A dhat
//! heap test: one per file, because dhat allows one profiler per process.

use string_table::{StringTable, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn a_table_holds_each_string_once_in_a_few_growing_buffers() {
    const STRINGS: usize = 100_000;
    let strings = workload::distinct(STRINGS);
    let raw: usize = strings.iter().map(String::len).sum();
    let heap = measure::HeapTest::start();

    let mut table = StringTable::new();
    for s in strings.iter().chain(&strings) {
        table.intern(s).expect("room for 100,000 short strings");
    }
    let usage = heap.usage();

    let ceil_log2 = STRINGS.next_power_of_two().ilog2() as u64;
    let most = 3 * ceil_log2 + 10;
    dhat::assert!(
        usage.allocations <= most,
        "interning {STRINGS} strings twice made {} allocations; at most {most} \
         is the target (the text, the ends and the index, each doubling as it \
         grows). Does each string get a heap block of its own?",
        usage.allocations
    );
    // The text with room to double, and about 4 bytes of end and 5 of index
    // per string: 2.5 times the text is room enough.
    let most = raw * 5 / 2;
    dhat::assert!(
        usage.live_bytes <= most,
        "the table of {STRINGS} strings ({raw} bytes of text) took {} bytes \
         of heap, {:.1} times the text; at most {most} (2.5 times) is the \
         target. Is each string stored once? A String per string costs 24 \
         bytes more, and a map keyed by String stores the text again.",
        usage.live_bytes,
        usage.live_bytes as f64 / raw as f64
    );
}
