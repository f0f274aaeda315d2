//! Step 2: `records` gives every line of an input in turn, as the model
//! does, an error for a bad line and the lines after it still parsed.

use zero_copy::{naive, records, workload};

#[test]
fn each_line_comes_once_and_then_the_iterator_ends() {
    let text = workload::text(4, 3);
    // At most ten, so that an iterator that never moves on fails, not hangs.
    let got: Vec<_> = records(&text).take(10).collect();
    assert_eq!(got.len(), 3, "three lines, each once, then None");
    let times: Vec<u64> = got.iter().flatten().map(|r| r.time).collect();
    let expected: Vec<u64> = zero_copy::naive::records(&text)
        .flatten()
        .map(|r| r.time)
        .collect();
    assert_eq!(times, expected, "the lines in order");
}

#[test]
fn every_line_of_the_workload_comes_back() {
    let text = workload::text(3, 500);
    let got: Vec<_> = records(&text).collect();
    let expected: Vec<_> = naive::records(&text).collect();
    assert_eq!(got.len(), 500, "500 lines, and no empty one after the last");
    assert_eq!(got, expected);
    assert!(got.iter().all(Result::is_ok));
}

#[test]
fn offsets_count_from_the_start_of_the_whole_input() {
    let text = b"time=1 method=a path=b status=2 bytes=3 agent=c\ntime=x\n";
    let got: Vec<_> = records(text).collect();
    assert_eq!(got.len(), 2);
    let error = got[1].expect_err("the second line is bad");
    assert_eq!(
        error.offset, 53,
        "line 2 starts at byte 48; its value at 53"
    );
}

#[test]
fn an_input_without_a_final_newline_ends_with_its_last_line() {
    let text = b"time=1 method=a path=b status=2 bytes=3 agent=c";
    assert_eq!(records(text).count(), 1);
    assert_eq!(records(b"").count(), 0, "an empty input has no line");
    let blank: Vec<_> = records(b"\n").collect();
    assert_eq!(blank.len(), 1, "a blank line is a line, and a bad one");
    assert!(blank[0].is_err());
}
