// How every twin writes its figures, as crates/measure/src/format.rs writes them: bytes in
// binary units, counts with separators, durations in a unit suited to their size, ratios and
// speed-ups. Whatever the machine's culture, in the invariant one: `1,234` and `4.56 ms`.

using System;
using System.Diagnostics;
using System.Globalization;
using static System.FormattableString;

namespace Workshop
{
    public static class Format
    {
        static readonly string[] Units = { "B", "KiB", "MiB", "GiB", "TiB" };

        // As format::bytes: 512 B, 1.50 KiB, 48.0 MiB, 300 MiB.
        public static string Bytes(long bytes)
        {
            double value = bytes;
            var unit = 0;
            while (value >= 1024 && unit < Units.Length - 1)
            {
                value /= 1024;
                unit++;
            }
            if (unit == 0)
            {
                return Invariant($"{bytes} B");
            }
            var digits = value >= 100 ? "F0" : value >= 10 ? "F1" : "F2";
            return value.ToString(digits, CultureInfo.InvariantCulture) + " " + Units[unit];
        }

        // As format::count: 1,234,567.
        public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

        // Stopwatch ticks as format::duration writes a duration: 850 ns, 12.3 µs, 4.56 ms, 2.01 s.
        public static string Duration(long ticks)
        {
            var nanos = ticks * 1e9 / Stopwatch.Frequency;
            return nanos < 1e3 ? Invariant($"{nanos:F0} ns")
                : nanos < 1e6 ? Invariant($"{nanos / 1e3:F1} µs")
                : nanos < 1e9 ? Invariant($"{nanos / 1e6:F2} ms")
                : Invariant($"{nanos / 1e9:F2} s");
        }

        // `8.0×`, or `n/a` when the base is zero: how many times more.
        public static string Ratio(long numerator, long denominator) =>
            denominator <= 0 ? "n/a" : Invariant($"{(double)numerator / denominator:F1}×");

        // `12.3× faster` or `1.2× slower`: the second time against the first, as
        // format::speedup says it.
        public static string Speedup(long before, long after)
        {
            var faster = before >= after;
            var ratio = faster ? (double)before / Math.Max(after, 1)
                : (double)after / Math.Max(before, 1);
            var digits = ratio < 100 ? "F1" : "F0";
            return ratio.ToString(digits, CultureInfo.InvariantCulture)
                + (faster ? "× faster" : "× slower");
        }
    }
}
