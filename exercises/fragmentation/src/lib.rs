//! Exercise: **heap fragmentation**: when RSS stays high after the frees.
//!
//! Run `cargo workshop check fragmentation` to see where you are, and `cargo
//! workshop hint fragmentation` when you are stuck. The tests are in `tests/`:
//! read them.
//!
//! A batch of orders arrives; the program keeps the open ones (about one in
//! four) for the rest of its life. As shipped, [`load_open_orders`] does what a
//! C# developer does by habit: every order an object of its own, all loaded,
//! then the open ones picked out. In .NET the garbage collector compacts the
//! survivors afterwards; in Rust nothing moves them, and the process keeps
//! about four times the memory it uses. Step 1: the accessors. Step 2: keep the
//! same orders, in the same order, so that RSS is at most 1.5 times the live
//! heap.
//!
//! Change only what is marked `TODO`, in this file. The other files are given:
//! the orders (`workload.rs`) and the starting point (`naive.rs`).

pub mod naive;
pub mod workload;

pub use workload::{Order, Status};

// TODO (step 2): choose how the open orders are stored (keep the struct's
// name).
/// The open orders of a batch, in the order they came, kept for the rest of the
/// program.
#[derive(Debug)]
pub struct OpenOrders {
    // Allowed until you write the accessors (step 1), and until you change the
    // type (step 2): clippy's `vec_box` says what this costs in memory, and so
    // does step 2's test.
    #[allow(dead_code, clippy::vec_box)]
    orders: Vec<Box<Order>>,
}

// TODO (step 2): restructure this function; keep its signature and its results.
/// Loads a batch of orders and keeps the open ones, in the order they came.
pub fn load_open_orders(orders: impl IntoIterator<Item = Order>) -> OpenOrders {
    OpenOrders {
        orders: naive::open_orders_boxed(orders),
    }
}

// TODO (step 1): the accessors; keep their signatures.
impl OpenOrders {
    /// How many open orders there are.
    pub fn len(&self) -> usize {
        todo!("step 1: how many")
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        todo!("step 1: none?")
    }

    /// The `index`-th open order, or `None` past the end.
    #[allow(unused_variables)] // remove this line when you implement the function
    pub fn get(&self, index: usize) -> Option<&Order> {
        todo!("step 1: one order, or None")
    }

    /// The open orders, in the order they came.
    pub fn iter(&self) -> impl Iterator<Item = &Order> {
        todo!("step 1: every order, in order");
        #[allow(unreachable_code)] // remove these two lines when done
        std::iter::empty()
    }

    /// What the open orders are worth: price × quantity, summed, in cents.
    pub fn value_cents(&self) -> u64 {
        todo!("step 1: the sum of price_cents × quantity")
    }
}
