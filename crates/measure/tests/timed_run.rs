//! `measure::timed::run` prints what the counting allocator saw in each second: here a round
//! allocates and frees exactly 1,000 bytes, so the line must say so. One test in this file:
//! the counters are process-wide.

use std::time::Duration;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

#[test]
fn each_line_counts_the_rounds_allocations_and_bytes() {
    let timed = measure::timed::Timed {
        seconds: 1,
        rounds: "rounds",
        report: true,
    };
    let mut out = Vec::new();
    measure::timed::run(&mut out, timed, || {
        std::hint::black_box(vec![7u8; 1000]);
        std::thread::sleep(Duration::from_millis(50));
    })
    .expect("writing to a Vec");
    let text = String::from_utf8(out).expect("UTF-8");
    let line: Vec<&str> = text
        .lines()
        .nth(2)
        .expect("one line")
        .split_whitespace()
        .collect();
    let rounds: u64 = line[2].parse().expect("the rounds");
    assert!(
        (15..=20).contains(&rounds),
        "a second of 50 ms rounds: {text}"
    );
    assert_eq!(
        line[3],
        rounds.to_string(),
        "one allocation per round: {text}"
    );
    assert_eq!(
        format!("{} {}", line[4], line[5]),
        measure::format::bytes(rounds * 1000),
        "1,000 bytes per round: {text}"
    );
    let allocated: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("@allocated "))
        .and_then(|n| n.parse().ok())
        .expect("the @allocated line");
    assert!(
        (rounds * 1000..rounds * 1000 + 200_000).contains(&allocated),
        "the rounds' bytes, and what printing the line took (into a Vec): {text}"
    );
}
