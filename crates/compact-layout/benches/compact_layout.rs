//! A million orders: built (with divan's allocation counts), and read by a
//! pass that sums one field, held as ported from C# (`Vec` of the naive
//! `Order`), compact (`Vec` of the 48-byte `Order`), as our columns, and as
//! `soa_derive`'s generated struct of arrays. `just bench compact-layout`
//! records the results, with the machine, in
//! docs/src/runs/compact-layout-bench.txt; the chapter shows them. Goals: the
//! columns at least 2× faster than the compact `Vec` on the one-field pass,
//! and within 1.1× of `soa_derive`'s.
//!
//! Run: `cargo bench -p compact-layout --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use compact_layout::workload::{ORDERS, SEED, orders};
use compact_layout::{Columns, Fields, Order, Status, naive};
use compact_layout_demo::ways::Store;
use divan::{Bencher, black_box};
use soa_derive::StructOfArray;
use std::num::NonZeroU64;
use std::sync::LazyLock;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

static FIELDS: LazyLock<Vec<Fields<'static>>> =
    LazyLock::new(|| orders(SEED, ORDERS).collect());

/// The compact order's fields, for `soa_derive` to lay out as columns
/// (`RowVec`: a `Vec` per field, as our `Columns` holds them).
#[derive(Debug, StructOfArray)]
struct Row {
    id: NonZeroU64,
    customer: Option<NonZeroU64>,
    price_cents: u64,
    note: Box<str>,
    quantity: u32,
    country: [u8; 2],
    status: Status,
    packed: u8,
}

impl Store for RowVec {
    const NAME: &'static str = "soa_derive";
    fn build(fields: &[Fields<'_>]) -> Self {
        let mut rows = RowVec::with_capacity(fields.len());
        for one in fields {
            let carrier = one.carrier.map_or(0, |c| c as u8 + 1);
            rows.push(Row {
                id: NonZeroU64::new(one.id).expect("ids start at 1"),
                customer: one.customer.and_then(NonZeroU64::new),
                price_cents: one.price_cents,
                note: one.note.into(),
                quantity: one.quantity,
                country: one.country.as_bytes().try_into().expect("2 letters"),
                status: one.status,
                packed: u8::from(one.gift)
                    | u8::from(one.express) << 1
                    | carrier << 2,
            });
        }
        rows
    }
    fn total_quantity(&self) -> u64 {
        self.quantity.iter().map(|&q| u64::from(q)).sum()
    }
}

/// One store built from the million orders' fields, and dropped.
fn build<S: Store>(bencher: Bencher) {
    let fields = &*FIELDS;
    bencher.bench_local(|| S::build(black_box(fields)));
}

/// The pass over one field of a store built before the timing.
fn sum<S: Store>(bencher: Bencher) {
    let store = S::build(&FIELDS);
    bencher.bench_local(|| black_box(&store).total_quantity());
}

#[divan::bench_group(sample_count = 20)]
mod build {
    use super::*;

    #[divan::bench]
    fn naive_orders(bencher: Bencher) {
        build::<Vec<naive::Order>>(bencher);
    }

    #[divan::bench]
    fn compact_orders(bencher: Bencher) {
        build::<Vec<Order>>(bencher);
    }

    #[divan::bench]
    fn columns(bencher: Bencher) {
        build::<Columns>(bencher);
    }

    #[divan::bench]
    fn soa_derive(bencher: Bencher) {
        build::<RowVec>(bencher);
    }
}

mod sum_quantities {
    use super::*;

    #[divan::bench]
    fn naive_orders(bencher: Bencher) {
        sum::<Vec<naive::Order>>(bencher);
    }

    #[divan::bench]
    fn compact_orders(bencher: Bencher) {
        sum::<Vec<Order>>(bencher);
    }

    #[divan::bench]
    fn columns(bencher: Bencher) {
        sum::<Columns>(bencher);
    }

    #[divan::bench]
    fn soa_derive(bencher: Bencher) {
        sum::<RowVec>(bencher);
    }
}
