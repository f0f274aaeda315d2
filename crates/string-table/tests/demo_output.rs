//! The demo's printed output, as a snapshot: the counts, the heap and the
//! allocations are kept (a regression in them fails this test); times and
//! RSS are redacted. The chapter shows this snapshot as the demo's real
//! output. A tenth of the strings and one pass each: this is a debug build,
//! and the counts do not depend on the number of passes.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "string_table",
        env!("CARGO_BIN_EXE_string-table"),
        ["--occurrences", "200000", "--repeat", "1"]
    );
}
