//! The demo's printed output in fixed mode, as a snapshot: byte and allocation
//! counts are kept (a regression in them fails this test); times and RSS are
//! redacted. The docs chapter shows this snapshot as the demo's real output.

#[test]
fn fixed_mode_output() {
    measure::assert_demo_snapshot!(
        "scoped_drops_fixed_mode",
        env!("CARGO_BIN_EXE_scoped-drops"),
        ["--iterations", "40"]
    );
}

/// `--print-sequence` prints the workload's sizes, one per line: what CI
/// compares with the C# twin's (and through it, `measure::demo::print_lines`,
/// which every demo prints them with).
#[test]
fn print_sequence_prints_the_sizes() {
    let printed = measure::demo::output_for_snapshot(
        env!("CARGO_BIN_EXE_scoped-drops"),
        &["--print-sequence", "5", "--seed", "7"],
    );
    let sizes: Vec<String> = scoped_drops_demo::workload::Sizes::new(7)
        .take(5)
        .map(|size| size.to_string())
        .collect();
    assert_eq!(printed.lines().collect::<Vec<_>>(), sizes);
}
