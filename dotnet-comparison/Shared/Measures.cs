// What every twin measures the same way, and writes as the Rust demos write it: bytes
// allocated, percentiles of iteration times, collections so far, sizes in bytes, counts,
// durations and speed-ups.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Workshop
{
    public static class Measures
    {
        // GC.GetTotalAllocatedBytes exists from .NET Core 3.0; Mono lacks it: -1 there.
        public static long TotalAllocatedBytes()
        {
            MethodInfo method = typeof(GC).GetMethod("GetTotalAllocatedBytes",
                new Type[] { typeof(bool) });
            return method == null ? -1 : (long)method.Invoke(null, new object[] { false });
        }

        // `p50 1459 µs, p99 5694 µs, max 40012 µs`: of the first `count` durations (in µs) of
        // `sorted`, sorted; all 0 when there are none.
        public static string Percentiles<T>(IList<T> sorted, int count)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "p50 {0} µs, p99 {1} µs, max {2} µs",
                Percentile(sorted, count, 50), Percentile(sorted, count, 99),
                count > 0 ? sorted[count - 1] : default(T));
        }

        // `gen0 12, gen1 3, gen2 1; GC.GetTotalMemory 48.0 MiB`: the collections per generation
        // so far, and the heap now.
        public static string Collections()
        {
            return string.Format(CultureInfo.InvariantCulture,
                "gen0 {0}, gen1 {1}, gen2 {2}; GC.GetTotalMemory {3}", GC.CollectionCount(0),
                GC.CollectionCount(1), GC.CollectionCount(2), Bytes(GC.GetTotalMemory(false)));
        }

        // As measure::format::bytes: 512 B, 1.50 KiB, 48.0 MiB, 300 MiB.
        public static string Bytes(long bytes)
        {
            string[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
            double value = bytes;
            int unit = 0;
            while (value >= 1024 && unit < units.Length - 1)
            {
                value /= 1024;
                unit++;
            }
            string digits = value >= 100 ? "F0" : value >= 10 ? "F1" : "F2";
            return unit == 0 ? bytes + " B"
                : value.ToString(digits, CultureInfo.InvariantCulture) + " " + units[unit];
        }

        // As measure::format::count: 1,234,567.
        public static string Count(long n)
        {
            return n.ToString("N0", CultureInfo.InvariantCulture);
        }

        // Stopwatch ticks as measure::format::duration writes them: 850 ns, 12.3 µs, 4.56 ms.
        public static string Duration(long ticks)
        {
            double nanos = ticks * 1e9 / Stopwatch.Frequency;
            if (nanos < 1e3)
            {
                return Format("{0:F0} ns", nanos);
            }
            if (nanos < 1e6)
            {
                return Format("{0:F1} µs", nanos / 1e3);
            }
            return nanos < 1e9 ? Format("{0:F2} ms", nanos / 1e6)
                : Format("{0:F2} s", nanos / 1e9);
        }

        // `12.3× faster` or `1.2× slower`: the second time against the first, as
        // measure::format::speedup says it.
        public static string Speedup(long before, long after)
        {
            double ratio = before >= after ? (double)before / Math.Max(after, 1)
                : (double)after / Math.Max(before, 1);
            return ratio.ToString(ratio < 100 ? "F1" : "F0", CultureInfo.InvariantCulture)
                + "× " + (before >= after ? "faster" : "slower");
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }

        // By nearest rank, as run_report.rs takes it: the smallest of the first `count` that
        // at least `percent` % of them do not exceed (default(T) when count is 0).
        static T Percentile<T>(IList<T> sorted, int count, int percent)
        {
            if (count == 0)
            {
                return default(T);
            }
            int rank = (int)Math.Ceiling(percent / 100.0 * count) - 1;
            return sorted[Math.Max(0, Math.Min(count - 1, rank))];
        }
    }
}
