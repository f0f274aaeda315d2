// One kind of set measured: its heap, then random inserts, random lookups, a count and a
// sequential fill, each timed several times (as crates/bitset/src/ways.rs).

using System;
using System.Collections;
using System.Diagnostics;
using Workshop;

namespace Bitset
{
    static class Ways
    {
        // A new set of `flags` flags, all clear.
        public static IFlags NewSet(Way way, int flags, int[] words) => way == Way.Bits
            ? (IFlags)new BitFlags(new BitArray(flags), words) : new ByteFlags(new bool[flags]);

        // The same, and `heapBytes`, what the set itself allocated (the wrapper around it left
        // out).
        public static IFlags NewSet(Way way, int flags, int[] words, out long heapBytes)
        {
            var before = AllocatedBytes.Now();
            if (way == Way.Bits)
            {
                var bits = new BitArray(flags);
                heapBytes = AllocatedBytes.Now() - before;
                return new BitFlags(bits, words);
            }
            var bytes = new bool[flags];
            heapBytes = AllocatedBytes.Now() - before;
            return new ByteFlags(bytes);
        }

        // One kind of set, `repeat` times, each on a new set (and from a collected heap, as
        // the Rust demo has freed the last run's sets): its heap, the inserts, the lookups, a
        // count, and a sequential fill of another new set.
        public static Measured Measure(Way way, int flags, int[] inserts, int[] lookups,
            int repeat, int[] words)
        {
            long[] insert = new long[repeat], lookup = new long[repeat];
            long[] count = new long[repeat], fill = new long[repeat];
            var measured = new Measured();
            for (var run = 0; run < repeat; run++)
            {
                Measures.CollectEverything();
                var set = NewSet(way, flags, words, out var heapBytes);
                var began = Stopwatch.GetTimestamp();
                set.Insert(inserts);
                insert[run] = Stopwatch.GetTimestamp() - began;
                began = Stopwatch.GetTimestamp();
                var hits = set.Hits(lookups);
                lookup[run] = Stopwatch.GetTimestamp() - began;
                began = Stopwatch.GetTimestamp();
                var held = set.Count();
                count[run] = Stopwatch.GetTimestamp() - began;
                var full = NewSet(way, flags, words);
                began = Stopwatch.GetTimestamp();
                full.Fill();
                fill[run] = Stopwatch.GetTimestamp() - began;
                GC.KeepAlive(full);
                Checksum.Add(hits + held);
                if (run == 0)
                {
                    measured.HeapBytes = heapBytes;
                    measured.Held = held;
                    measured.Hits = hits;
                }
            }
            measured.Insert = Measures.Median(insert);
            measured.Lookup = Measures.Median(lookup);
            measured.Count = Measures.Median(count);
            measured.Fill = Measures.Median(fill);
            return measured;
        }
    }
}
