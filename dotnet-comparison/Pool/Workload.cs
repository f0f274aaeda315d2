// The churn every side runs: exercises/pool/src/workload.rs, draw for draw.

using System.Collections.Generic;
using Workshop;

namespace Pool
{
    static class Workload
    {
        public const int Live = 100000;
        public const int Cycles = 1000000;
        public const ulong Seed = 42;

        // Which live particle each cycle removes: `cycles` positions, each below `live` (at
        // least 1), seeded.
        public static int[] Victims(ulong seed, int cycles, int live) =>
            SplitMix64.Indexes(seed, cycles, live);

        // Vec::swap_remove: the handle at `index` out, the last one moved into its place.
        public static Handle SwapRemove(List<Handle> handles, int index)
        {
            var last = handles.Count - 1;
            var removed = handles[index];
            handles[index] = handles[last];
            handles.RemoveAt(last);
            return removed;
        }
    }
}
