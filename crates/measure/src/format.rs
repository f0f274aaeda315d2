//! How every demo writes its figures: binary units for bytes, separators for counts.

use std::time::Duration;

/// Bytes in binary units: `512 B`, `1.5 KiB`, `48.0 MiB`, `1.20 GiB`.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 7] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    // Each unit is 2^10 times the one before, so the unit is the number of whole 10-bit steps
    // in `n` (u64::MAX, 16 EiB, is 6 steps: EiB is the last unit needed).
    let unit = (n.ilog2() / 10) as usize;
    let value = n as f64 / (1u64 << (10 * unit)) as f64;
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.decimals$} {}", UNITS[unit])
}

/// A signed byte difference: `+1.50 MiB`, `-512 B`, `0 B`.
pub fn signed_bytes(n: i64) -> String {
    match n.cmp(&0) {
        std::cmp::Ordering::Equal => "0 B".to_string(),
        std::cmp::Ordering::Greater => format!("+{}", bytes(n.unsigned_abs())),
        std::cmp::Ordering::Less => format!("-{}", bytes(n.unsigned_abs())),
    }
}

/// A count with thousands separators: `1,234,567`.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A duration with a unit suited to its size: `850 ns`, `12.3 µs`, `4.56 ms`, `2.01 s`.
pub fn duration(d: Duration) -> String {
    let nanos = d.as_nanos();
    match nanos {
        0..1_000 => format!("{nanos} ns"),
        1_000..1_000_000 => format!("{:.1} µs", nanos as f64 / 1e3),
        1_000_000..1_000_000_000 => format!("{:.2} ms", nanos as f64 / 1e6),
        _ => format!("{:.2} s", d.as_secs_f64()),
    }
}

/// A ratio for "how many times more": `12.0×`, `18,036×`, or `n/a` when the base is zero.
pub fn ratio(numerator: u64, denominator: u64) -> String {
    if denominator == 0 {
        "n/a".to_string()
    } else {
        times(numerator as f64 / denominator as f64)
    }
}

/// `12.3×` below 100, `5,363×` (whole, with separators) from 100 up: a decimal on a large
/// ratio is noise, and a projector shows the size at a glance.
fn times(ratio: f64) -> String {
    if ratio < 100.0 {
        format!("{ratio:.1}×")
    } else {
        format!("{}×", count(ratio.round() as u64))
    }
}

/// How `new` compares with `old` in time: `12.3× faster`, `1.2× slower`, `5,363× faster`.
pub fn speedup(old: Duration, new: Duration) -> String {
    let (old, new) = (old.as_secs_f64().max(1e-9), new.as_secs_f64().max(1e-9));
    let (ratio, word) = if old >= new {
        (old / new, "faster")
    } else {
        (new / old, "slower")
    };
    format!("{} {word}", times(ratio))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_pick_a_readable_unit() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(1024), "1.00 KiB");
        assert_eq!(bytes(1536), "1.50 KiB");
        assert_eq!(bytes(10 * 1024 * 1024), "10.0 MiB");
        assert_eq!(bytes(100 * 1024 * 1024), "100 MiB");
        assert_eq!(bytes(300 * 1024 * 1024), "300 MiB");
        assert_eq!(bytes(3 * 1024 * 1024 * 1024), "3.00 GiB");
        assert_eq!(bytes(u64::MAX), "16.0 EiB");
    }

    #[test]
    fn signed_bytes_show_the_direction() {
        assert_eq!(signed_bytes(0), "0 B");
        assert_eq!(signed_bytes(2048), "+2.00 KiB");
        assert_eq!(signed_bytes(-10), "-10 B");
        assert_eq!(signed_bytes(i64::MIN), "-8.00 EiB");
    }

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn durations_and_ratios() {
        assert_eq!(duration(Duration::from_nanos(850)), "850 ns");
        assert_eq!(duration(Duration::from_nanos(12_345)), "12.3 µs");
        assert_eq!(duration(Duration::from_micros(4_560)), "4.56 ms");
        assert_eq!(duration(Duration::from_millis(2_010)), "2.01 s");
        assert_eq!(ratio(120, 10), "12.0×");
        assert_eq!(ratio(1, 0), "n/a");
        assert_eq!(ratio(252_500, 14), "18,036×", "whole from 100× up");
        assert_eq!(ratio(100, 1), "100×");
        assert_eq!(ratio(999, 10), "99.9×");
        let ms = Duration::from_millis;
        assert_eq!(speedup(ms(123), ms(10)), "12.3× faster");
        assert_eq!(speedup(ms(10), ms(12)), "1.2× slower");
        assert_eq!(speedup(ms(10), ms(10)), "1.0× faster");
        assert_eq!(speedup(ms(5363), ms(1)), "5,363× faster");
        assert_eq!(speedup(ms(995), ms(10)), "99.5× faster");
        assert_eq!(
            speedup(ms(1000), ms(10)),
            "100× faster",
            "no decimal from 100× up"
        );
        assert_eq!(speedup(ms(1), ms(150)), "150× slower");
        assert_eq!(speedup(Duration::ZERO, Duration::ZERO), "1.0× faster");
    }
}
