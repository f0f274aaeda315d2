//! Memory that safe Rust never frees. Leaking is not unsafe: the compiler
//! guarantees that nothing is used after it is freed, not that everything is
//! freed. Three ways, each a function that leaks and returns nothing to free it
//! with. The counting allocator (in the demo) and dhat (in `tests/leaks.rs`)
//! both see the bytes still live.

use fragmentation::workload::Order;
use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: rc_cycle
/// A node that may point at another, as in a doubly linked list or a parent
/// link.
#[derive(Debug)]
pub struct Node {
    pub order: Order,
    pub next: RefCell<Option<Rc<Node>>>,
}

/// Two nodes pointing at each other: when both `Rc`s go out of scope each count
/// is still 1 (the other node holds it), so neither is ever dropped. `Weak` for
/// one direction breaks the cycle.
pub fn rc_cycle(order: Order) {
    let a = Rc::new(Node {
        order,
        next: RefCell::new(None),
    });
    let b = Rc::new(Node {
        order,
        next: RefCell::new(Some(Rc::clone(&a))),
    });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
}
// ANCHOR_END: rc_cycle

// ANCHOR: forget_and_leak
/// `mem::forget` skips the destructor: the `Vec`'s buffer is never freed.
pub fn forget(orders: Vec<Order>) {
    std::mem::forget(orders);
}

/// `Box::leak` gives up the box for a `&'static mut`: on purpose, for data that
/// lives as long as the program (a configuration read once at start-up).
pub fn leak(order: Order) -> &'static mut Order {
    Box::leak(Box::new(order))
}
// ANCHOR_END: forget_and_leak
