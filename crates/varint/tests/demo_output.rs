//! The demo's printed output, as a snapshot: sizes and counts are kept (a
//! regression in them fails this test); times and RSS are redacted. The chapter
//! shows this snapshot as the demo's real output. One run of each way
//! (`--repeat 1`): this is a debug build, and the counts are the same in every
//! run.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "varint",
        env!("CARGO_BIN_EXE_varint"),
        ["--repeat", "1"]
    );
}
