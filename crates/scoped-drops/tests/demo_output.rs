//! The demo's printed output in fixed mode, as a snapshot: byte and allocation counts are
//! kept (a regression in them fails this test); times and RSS are redacted. The docs chapter
//! shows this snapshot as the demo's real output.

#[test]
fn fixed_mode_output() {
    measure::assert_demo_snapshot!(
        "scoped_drops_fixed_mode",
        env!("CARGO_BIN_EXE_scoped-drops"),
        ["--iterations", "40"]
    );
}
