//! `measure::timed::run` prints what the counting allocator saw in each second: here a round
//! allocates and frees exactly 1,000 bytes, so the line must say so. One test in this file:
//! the counters are process-wide.

use std::time::Duration;

#[global_allocator]
static ALLOCATOR: measure::CountingAllocator = measure::CountingAllocator;

/// What the harness's other threads may add to a second's line.
const SLACK_ALLOCATIONS: u64 = 8;
const SLACK_BYTES: u64 = 4096;

#[test]
fn each_line_counts_the_rounds_allocations_and_bytes() {
    let timed = measure::timed::Timed {
        seconds: 1,
        rounds: "rounds",
        report: true,
    };
    let mut out = Vec::new();
    let mut input = std::io::Cursor::new(b"go\n");
    measure::timed::run_waiting_on(&mut out, &mut input, timed, || {
        std::hint::black_box(vec![7u8; 1000]);
        std::thread::sleep(Duration::from_millis(50));
    })
    .expect("writing to a Vec");
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(input.position(), 3, "it waited at @ready: {text}");
    let line: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('@'))
        .nth(2)
        .expect("one line")
        .split_whitespace()
        .collect();
    let rounds: u64 = line[2].parse().expect("the rounds");
    assert!(
        (15..=20).contains(&rounds),
        "a second of 50 ms rounds: {text}"
    );
    // The counters are the whole process's: on a loaded machine the test harness's own threads
    // allocate a few times while the round runs. A few, never a round's worth more.
    let allocations: u64 = line[3].parse().expect("the allocations");
    assert!(
        (rounds..=rounds + SLACK_ALLOCATIONS).contains(&allocations),
        "one allocation per round: {text}"
    );
    assert_eq!(line[5], "KiB", "{text}");
    let kib: f64 = line[4].parse().expect("the bytes allocated");
    let bytes = kib * 1024.0;
    let (least, most) = (rounds * 1000, rounds * 1000 + SLACK_BYTES);
    assert!(
        (least as f64 - 52.0..=most as f64).contains(&bytes),
        "1,000 bytes per round (shown to 0.1 KiB): {text}"
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
