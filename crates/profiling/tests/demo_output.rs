//! The demo's printed output, as a snapshot: sizes and counts are kept (a
//! regression in them fails this test); times and RSS are redacted. The chapter
//! shows this snapshot as the demo's real output.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "profiling",
        env!("CARGO_BIN_EXE_profiling"),
        ["--orders", "20000", "--repeat", "1"]
    );
}
