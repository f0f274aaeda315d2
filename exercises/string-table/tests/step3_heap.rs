//! Step 3: a frozen table holds the text and 4 bytes per string, nothing
//! more. A dhat heap test: one per file, because dhat allows one profiler per
//! process.

use string_table::{StringTable, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn a_frozen_table_holds_the_text_and_four_bytes_per_string() {
    const STRINGS: usize = 100_000;
    let strings = workload::distinct(STRINGS);
    let raw: usize = strings.iter().map(String::len).sum();
    let heap = measure::HeapTest::start();

    let mut table = StringTable::new();
    for s in &strings {
        table.intern(s).expect("room for 100,000 short strings");
    }
    let _frozen = table.into_frozen(); // alive while the heap is read
    let usage = heap.usage();

    let most = raw + 4 * STRINGS;
    dhat::assert!(
        usage.live_bytes <= most,
        "the frozen table of {STRINGS} strings ({raw} bytes of text) took {} \
         bytes of heap, {:.2} times the text; at most {most} ({:.2} times) \
         is the target: the text and a 4-byte end per string. Is the index \
         dropped, and are both buffers shrunk to fit?",
        usage.live_bytes,
        usage.live_bytes as f64 / raw as f64,
        most as f64 / raw as f64
    );
}
