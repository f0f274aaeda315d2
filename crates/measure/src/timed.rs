//! The timed run every single-threaded demo shares: one round of work again and again for N
//! seconds, a measured line per second, the totals, and with `report` the `@name value` lines
//! `workshop compare` reads (the C# twins print the same, through `Shared/Timed.cs`).

use crate::{Columns, Rss, format};
use std::io::{self, Write};
use std::time::{Duration, Instant};

/// How long, what a round is called, and whether to print the `@` lines.
#[derive(Debug, Clone, Copy)]
pub struct Timed {
    pub seconds: u64,
    /// What one round is, in the plural (`builds`, `rounds`): the column's heading.
    pub rounds: &'static str,
    pub report: bool,
}

/// With `report`, at most this many round times are recorded, in a buffer allocated before
/// the measured loop (so recording never allocates inside it).
const RECORDED_ROUNDS: usize = 200_000;

/// Runs `round` again and again for `timed.seconds`, writing a line per second to `out` (a
/// demo passes `&mut std::io::stdout().lock()`): rounds, allocations, bytes allocated, live
/// heap and RSS growth, all measured.
pub fn run<W: Write>(out: &mut W, timed: Timed, round: impl FnMut()) -> io::Result<()> {
    let ready = |out: &mut W| crate::report::ready(out);
    run_in_ticks(out, timed, Duration::from_secs(1), ready, round)
}

/// [`run`], waiting at `@ready` for a line on `input` instead of standard input (for tests).
pub fn run_waiting_on<W: Write>(
    out: &mut W,
    input: &mut impl io::BufRead,
    timed: Timed,
    round: impl FnMut(),
) -> io::Result<()> {
    let ready = |out: &mut W| crate::report::ready_on(out, input);
    run_in_ticks(out, timed, Duration::from_secs(1), ready, round)
}

/// [`run`], with a line per `tick` instead of per second (for short test runs), and `ready`
/// called with `report` just before the measured loop.
fn run_in_ticks<W: Write>(
    out: &mut W,
    timed: Timed,
    tick: Duration,
    ready: impl FnOnce(&mut W) -> io::Result<()>,
    mut round: impl FnMut(),
) -> io::Result<()> {
    let capacity = if timed.report { RECORDED_ROUNDS } else { 0 };
    let mut durations_us: Vec<u32> = vec![0; capacity];
    let mut recorded = 0;
    let columns = Columns::new([7, 8, 12, 10, 10, 11]);
    let heading = [
        "time",
        timed.rounds,
        "allocations",
        "allocated",
        "live",
        "RSS growth",
    ];
    writeln!(out, "{}\n{}", columns.line(heading), columns.rule())?;
    if timed.report {
        ready(out)?;
    }
    let rss = Rss::baseline();
    let start = crate::counters();
    let started = Instant::now();
    let (mut previous, mut rounds, mut rounds_before) = (start, 0u64, 0u64);
    for second in 1..=timed.seconds {
        let until = started + tick.saturating_mul(u32::try_from(second).unwrap_or(u32::MAX));
        while !until.saturating_duration_since(Instant::now()).is_zero() {
            let began = Instant::now();
            round();
            if let Some(slot) = durations_us.get_mut(recorded) {
                *slot = u32::try_from(began.elapsed().as_micros()).unwrap_or(u32::MAX);
                recorded += 1;
            }
            rounds += 1;
        }
        let now = crate::counters();
        writeln!(
            out,
            "{}",
            columns.line([
                format!("{second:>2}/{} s", timed.seconds),
                format::count(rounds - rounds_before),
                format::count(now.allocations - previous.allocations),
                format::bytes(now.bytes_allocated - previous.bytes_allocated),
                format::bytes(now.live_bytes as u64),
                rss.above_baseline()
                    .map_or("n/a".to_string(), format::signed_bytes),
            ])
        )?;
        (previous, rounds_before) = (now, rounds);
    }
    let end = crate::counters();
    let allocated = end.bytes_allocated - start.bytes_allocated;
    writeln!(
        out,
        "\n{} {} in {}: {} allocations, {} allocated,\npeak live heap {}.",
        format::count(rounds),
        timed.rounds,
        format::duration(started.elapsed()),
        format::count(end.allocations - start.allocations),
        format::bytes(allocated),
        format::bytes(end.peak_live_bytes as u64),
    )?;
    if timed.report {
        crate::report::totals(out, rounds, &mut durations_us[..recorded], allocated)?;
    }
    Ok(())
}

/// The middle value of `durations` (the lower of the two middle ones for an even count), or
/// zero for none. Sorts them.
pub fn median(durations: &mut [Duration]) -> Duration {
    durations.sort_unstable();
    durations
        .get(durations.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rounds column of each per-tick line.
    fn rounds_per_line(text: &str, lines: usize) -> Vec<u64> {
        (text
            .lines()
            .filter(|l| !l.starts_with('@'))
            .skip(2)
            .take(lines))
        .map(|line| {
            let rounds = line.split_whitespace().nth(2).expect("a rounds column");
            rounds.parse().expect("a count")
        })
        .collect()
    }

    #[test]
    fn a_timed_run_prints_a_line_per_tick_and_the_report() {
        let mut out = Vec::new();
        let timed = Timed {
            seconds: 2,
            rounds: "rounds",
            report: true,
        };
        let mut done = 0u64;
        let tick = Duration::from_millis(200); // a line per 200 ms keeps the test short
        let mut input = std::io::Cursor::new(b"go\n".to_vec());
        let ready = |out: &mut Vec<u8>| crate::report::ready_on(out, &mut input);
        run_in_ticks(&mut out, timed, tick, ready, || {
            std::thread::sleep(Duration::from_millis(20));
            done += 1;
        })
        .expect("writing to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("rounds") && lines[0].contains("RSS growth"));
        let times = (lines[3].trim_start(), lines[4].trim_start());
        assert!(
            times.0.starts_with("1/2 s") && times.1.starts_with("2/2 s"),
            "{text}"
        );
        let per_tick = rounds_per_line(&text, 2);
        assert_eq!(per_tick.iter().sum::<u64>(), done, "each line's own rounds");
        assert!(per_tick.iter().all(|&n| (4..=10).contains(&n)), "{text}");
        assert!(text.contains(&format!("\n{done} rounds in ")), "{text}");
        assert!(text.contains(&format!("@iterations {done}\n")), "{text}");
        let durations = text
            .lines()
            .find_map(|line| line.strip_prefix("@durations_us "))
            .expect("the durations line");
        let durations: Vec<u64> = durations.split(',').map(|d| d.parse().unwrap()).collect();
        assert_eq!(durations.len() as u64, done, "one time per round");
        assert!(durations.windows(2).all(|w| w[0] <= w[1]), "sorted");
        assert!(
            durations.iter().all(|&us| us >= 20_000),
            "each round slept 20 ms"
        );
        assert!(text.contains("@runtime Rust"));
        assert!(text.contains("@allocated "));
        assert_eq!(input.position(), 3, "it waited for the go-ahead");
        assert_eq!(
            lines[2], "@ready",
            "after the heading, before the first line"
        );
    }

    #[test]
    fn a_timed_run_lasts_its_seconds_and_without_report_prints_no_report() {
        let mut out = Vec::new();
        let timed = Timed {
            seconds: 1,
            rounds: "rounds",
            report: false,
        };
        run(&mut out, timed, || {
            std::thread::sleep(Duration::from_millis(50))
        })
        .expect("writing to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(!text.contains('@'), "{text}");
        assert!(text.contains(" 1/1 s"), "{text}");
        let rounds = rounds_per_line(&text, 1)[0];
        assert!(
            (15..=20).contains(&rounds),
            "a second of 50 ms rounds: {text}"
        );
    }

    #[test]
    fn the_median_is_the_middle_or_the_lower_middle() {
        let ms = Duration::from_millis;
        assert_eq!(median(&mut [ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(median(&mut [ms(4), ms(1), ms(3), ms(2)]), ms(2));
        assert_eq!(median(&mut [ms(7)]), ms(7));
        assert_eq!(median(&mut []), Duration::ZERO);
    }
}
