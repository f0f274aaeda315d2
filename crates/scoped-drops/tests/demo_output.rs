//! The demo's printed output in fixed mode, as a snapshot: byte and allocation counts are
//! kept (a regression in them fails this test); times and RSS are redacted. The docs chapter
//! shows this snapshot as the demo's real output.

use std::process::Command;

#[test]
fn fixed_mode_output() {
    let output = Command::new(env!("CARGO_BIN_EXE_scoped-drops"))
        .args(["--iterations", "40"])
        .output()
        .expect("the demo binary runs");
    assert!(
        output.status.success(),
        "the demo failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("the demo prints UTF-8");

    insta::with_settings!({
        filters => vec![
            (r" +\d+(?:\.\d+)? (?:ns|µs|ms|s)\b", " [time]"),
            (r"RSS: .*", "RSS: [redacted]"),
        ],
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("scoped_drops_fixed_mode", stdout);
    });
}
