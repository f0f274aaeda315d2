// One way measured: the warm-up, the churn, a full collection with every particle alive, and
// letting go, several times (as crates/pool/src/ways.rs).

using System;
using System.Collections.Generic;
using System.Diagnostics;
using Workshop;

namespace Pool
{
    static class Ways
    {
        // One way, `repeat` times, each from a collected heap (the Rust demo has freed the
        // last run's pool): a new pool (`empty`), the warm-up, the churn, the check, a full
        // collection with every particle alive, and letting go.
        public static Measured Measure<TSlots>(Func<TSlots> empty, int live, int[] victims,
            int repeat, List<Handle> handles) where TSlots : struct, ISlots
        {
            long[] warmUp = new long[repeat], churn = new long[repeat];
            var collect = new long[repeat];
            var measured = new Measured();
            for (var run = 0; run < repeat; run++)
            {
                Measures.CollectEverything();
                var pool = empty();
                var began = Stopwatch.GetTimestamp();
                Slots.WarmUp(pool, handles, live);
                warmUp[run] = Stopwatch.GetTimestamp() - began;
                var before = Collections.Now();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                began = Stopwatch.GetTimestamp();
                Checksum.Add(Slots.Churn(pool, handles, victims));
                churn[run] = Stopwatch.GetTimestamp() - began;
                var allocatedAfter = GC.GetAllocatedBytesForCurrentThread();
                measured.Collections = Collections.Now() - before;
                measured.Allocated = allocatedAfter - allocated;
                measured.Slots = pool.Capacity;
                Slots.Check(pool, handles, live);
                began = Stopwatch.GetTimestamp();
                GC.Collect();
                collect[run] = Stopwatch.GetTimestamp() - began;
                GC.KeepAlive(pool); // and let go of it
            }
            measured.WarmUp = Measures.Median(warmUp);
            measured.Churn = Measures.Median(churn);
            measured.Collect = Measures.Median(collect);
            return measured;
        }
    }
}
