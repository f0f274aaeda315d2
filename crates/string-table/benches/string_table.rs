//! The demo's two million strings interned (with divan's allocation counts),
//! then each looked up again: through the naive `HashMap<String, Sym>` beside
//! a `Vec<String>`, through our string table, and through the two crates made
//! for the job, `string-interner` (its `StringBackend` and `BufferBackend`)
//! and `lasso` (`Rodeo`). Every table hashes with foldhash, ours's hasher
//! (string-interner's default too; lasso is given it), so the comparison is
//! of the tables, not of their hashers. `just bench string-table` records
//! the results, with the machine, in docs/src/runs/string-table-bench.txt;
//! the chapter shows them. Goals: the peak heap at most 1.05× string-interner's
//! `StringBackend`'s, interning within 1.5× of its time, lookup within 1.2× of
//! lasso's.
//!
//! Run: `cargo bench -p string-table --features bench`. CI only compiles it
//! (`cargo bench --no-run`).

use divan::{Bencher, black_box};
use lasso::{Rodeo, Spur};
use std::sync::LazyLock;
use string_interner::backend::{BufferBackend, StringBackend};
use string_interner::{DefaultSymbol, StringInterner, Symbol};
use string_table::workload::{SEED, Workload};
use string_table::{StringTable, naive};
use string_table_demo::ways::Holder;

#[global_allocator]
static ALLOCATOR: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

static WORK: LazyLock<Workload> = LazyLock::new(|| Workload::demo(SEED));

type Fold = foldhash::fast::RandomState;

/// string-interner with one of its backends (and its default hasher,
/// hashbrown's: foldhash).
struct Interner<B: string_interner::backend::Backend>(StringInterner<B>);
type InternerString = Interner<StringBackend<DefaultSymbol>>;
type InternerBuffer = Interner<BufferBackend<DefaultSymbol>>;

macro_rules! string_interner {
    ($backend:ident, $name:literal) => {
        impl Holder for Interner<$backend<DefaultSymbol>> {
            const NAME: &'static str = $name;
            fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self {
                let mut interner = StringInterner::new();
                occurrences.for_each(|s| {
                    interner.get_or_intern(s);
                });
                Self(interner)
            }
            fn strings(&self) -> usize {
                self.0.len()
            }
            fn look_up<'a>(
                &self,
                occurrences: impl Iterator<Item = &'a str>,
            ) -> Option<u64> {
                let found = occurrences.filter_map(|s| self.0.get(s));
                Some(found.map(|sym| sym.to_usize() as u64).sum())
            }
        }
    };
}

string_interner!(StringBackend, "string-interner StringBackend");
string_interner!(BufferBackend, "string-interner BufferBackend");

/// lasso's single-threaded interner, given foldhash.
struct Lasso(Rodeo<Spur, Fold>);

impl Holder for Lasso {
    const NAME: &'static str = "lasso Rodeo";
    fn build<'a>(occurrences: impl Iterator<Item = &'a str>) -> Self {
        let mut rodeo = Rodeo::with_hasher(Fold::default());
        occurrences.for_each(|s| {
            rodeo.get_or_intern(s);
        });
        Self(rodeo)
    }
    fn strings(&self) -> usize {
        self.0.len()
    }
    fn look_up<'a>(
        &self,
        occurrences: impl Iterator<Item = &'a str>,
    ) -> Option<u64> {
        let found = occurrences.filter_map(|s| self.0.get(s));
        Some(found.map(|key| lasso::Key::into_usize(key) as u64).sum())
    }
}

/// Every occurrence interned into a new table, and the table dropped.
fn intern<H: Holder>(bencher: Bencher) {
    let work = &*WORK;
    bencher.bench_local(|| H::build(black_box(work).occurrences()));
}

/// Every occurrence looked up in a table built before the timing.
fn lookup<H: Holder>(bencher: Bencher) {
    let work = &*WORK;
    let held = H::build(work.occurrences());
    bencher.bench_local(|| black_box(&held).look_up(work.occurrences()));
}

/// Both groups, one benchmark per table in each, named as the recording
/// names them: every table is interned and looked up the same way.
macro_rules! groups {
    ($($name:ident: $table:ty),* $(,)?) => {
        #[divan::bench_group(sample_count = 20)]
        mod interning {
            use super::*;
            $(
                #[divan::bench]
                fn $name(bencher: Bencher) {
                    intern::<$table>(bencher);
                }
            )*
        }

        #[divan::bench_group(sample_count = 20)]
        mod lookups {
            use super::*;
            $(
                #[divan::bench]
                fn $name(bencher: Bencher) {
                    lookup::<$table>(bencher);
                }
            )*
        }
    };
}

groups!(
    naive_map: naive::StringTable,
    string_table: StringTable,
    string_interner_string: InternerString,
    string_interner_buffer: InternerBuffer,
    lasso_rodeo: Lasso,
);
