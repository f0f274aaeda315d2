//! Step 1: orders allocate nothing but their notes. A dhat heap test: one per
//! file, because dhat allows one profiler per process.

use compact_layout::{ORDER_BYTES, Order, workload};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

#[test]
fn orders_allocate_only_for_their_notes() {
    const ORDERS: usize = 100_000;
    let fields: Vec<_> = workload::orders(workload::SEED, ORDERS).collect();
    let notes = fields.iter().filter(|f| !f.note.is_empty()).count() as u64;
    let note_bytes: u64 = fields.iter().map(|f| f.note.len() as u64).sum();
    let heap = measure::HeapTest::start();

    let mut orders = Vec::with_capacity(ORDERS);
    orders.extend(fields.iter().map(Order::new));
    let usage = heap.usage();
    drop(orders);

    dhat::assert!(
        usage.allocations <= 1 + notes,
        "{ORDERS} orders made {} allocations: one for the Vec and one for each \
         of the {notes} notes is the target. What else is a String, and could \
         be held in place?",
        usage.allocations
    );
    let most = (ORDERS * ORDER_BYTES) as u64 + note_bytes;
    dhat::assert!(
        usage.bytes_allocated <= most,
        "{ORDERS} orders took {} bytes of heap; at most {most} is the target \
         ({ORDER_BYTES} bytes an order, and the notes' text)",
        usage.bytes_allocated
    );
}
