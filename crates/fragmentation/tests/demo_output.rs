//! The demo's printed output, as a snapshot: orders, survivors and live bytes
//! are kept (a regression in them fails this test); RSS varies from run to run
//! and is redacted. The chapter shows this snapshot as the demo's real output,
//! beside a recorded run with its RSS.

#[test]
fn output() {
    measure::assert_demo_snapshot!(
        "fragmentation",
        env!("CARGO_BIN_EXE_fragmentation"),
        []
    );
}
