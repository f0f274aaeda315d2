//! The demo's printed output, as a snapshot: the allocation and byte counts
//! are kept (a regression in them fails this test); times and RSS are
//! redacted. The chapter shows this snapshot as the demo's real output. A
//! tenth of the lines and one run each: this is a debug build, and the
//! counts do not depend on the number of runs.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "zero_copy",
        env!("CARGO_BIN_EXE_zero-copy"),
        ["--lines", "25000", "--repeat", "1"]
    );
}
