// What every twin measures the same way: bytes allocated, medians and percentiles of times,
// full collections, collections with the heap, and the working set.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using static System.FormattableString;

namespace Workshop
{
    public static class Measures
    {
        // Everything unreachable collected, finalizers run: where each measured run starts
        // (as a Rust demo's has freed the last run's work).
        public static void CollectEverything()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        // The median of `ticks`, sorted in place: the lower middle, as measure::timed::median.
        public static long Median(long[] ticks)
        {
            Array.Sort(ticks);
            return ticks[(ticks.Length - 1) / 2];
        }

        // `p50 1459 µs, p99 5694 µs, max 40012 µs`: of the first `count` durations (in µs) of
        // `sorted`, sorted; all 0 when there are none.
        public static string Percentiles<T>(IList<T> sorted, int count)
        {
            var max = count > 0 ? sorted[count - 1] : default(T);
            var p50 = Percentile(sorted, count, 50);
            var p99 = Percentile(sorted, count, 99);
            return Invariant($"p50 {p50} µs, p99 {p99} µs, max {max} µs");
        }

        // `gen0 12, gen1 3, gen2 1; GC.GetTotalMemory 48.0 MiB`: the collections per generation
        // so far, and the heap now.
        public static string CollectionsAndHeap() =>
            $"{Collections.Now()}; GC.GetTotalMemory {Format.Bytes(GC.GetTotalMemory(false))}";

        // The process's resident memory, read now (Process reads it on Mono too;
        // Environment.WorkingSet is 0 there).
        public static long WorkingSet(Process process)
        {
            process.Refresh();
            return process.WorkingSet64;
        }

        // By nearest rank, as run_report.rs takes it: the smallest of the first `count` that
        // at least `percent` % of them do not exceed (default(T) when count is 0).
        static T Percentile<T>(IList<T> sorted, int count, int percent)
        {
            if (count == 0)
            {
                return default(T);
            }
            var rank = (int)Math.Ceiling(percent / 100.0 * count) - 1;
            return sorted[Math.Max(0, Math.Min(count - 1, rank))];
        }
    }
}
