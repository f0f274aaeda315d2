//! The demo's printed output, as a snapshot: the sizes, the heap and the
//! allocation counts are kept (a regression in them fails this test); times
//! and RSS are redacted. The chapter shows this snapshot as the demo's real
//! output. A tenth of the orders and one pass each: this is a debug build, and
//! the counts do not depend on the number of passes.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "compact_layout",
        env!("CARGO_BIN_EXE_compact-layout"),
        ["--orders", "100000", "--repeat", "1"]
    );
}
