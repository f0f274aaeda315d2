//! Step 3: a million orders as columns take the bytes of their fields and an
//! allocation per column, and per note. A dhat heap test: one per file,
//! because dhat allows one profiler per process.

use compact_layout::{Columns, ORDER_BYTES, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn a_million_orders_take_their_fields_bytes() {
    const ORDERS: usize = workload::ORDERS;
    let fields: Vec<_> = workload::orders(workload::SEED, ORDERS).collect();
    let notes = fields.iter().filter(|f| !f.note.is_empty()).count() as u64;
    let note_bytes: u64 = fields.iter().map(|f| f.note.len() as u64).sum();
    let heap = measure::HeapTest::start();

    let mut columns = Columns::with_capacity(ORDERS);
    for one in &fields {
        columns.push(one);
    }
    let usage = heap.usage();
    let total = columns.total_quantity();

    let expected: u64 = fields.iter().map(|f| u64::from(f.quantity)).sum();
    assert_eq!(total, expected, "the sum of the quantities");
    dhat::assert!(
        usage.allocations <= 16 + notes,
        "{ORDERS} orders made {} allocations: one for each column and one for \
         each of the {notes} notes is the target. Does a column grow as it \
         fills, or hold a String per order?",
        usage.allocations
    );
    let most = (ORDERS * ORDER_BYTES) as u64 + note_bytes;
    dhat::assert!(
        usage.bytes_allocated <= most,
        "{ORDERS} orders took {} bytes of heap; at most {most} is the target \
         ({ORDER_BYTES} bytes an order across the columns, and the notes' text)",
        usage.bytes_allocated
    );
}
