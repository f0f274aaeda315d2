// The indexes every side inserts and looks up: exercises/bitset/src/workload.rs, draw for
// draw.

using Workshop;

namespace Bitset
{
    static class Workload
    {
        public const int Flags = 10000000;
        public const int Touches = 1000000;
        public const ulong Seed = 42;

        // `count` indexes drawn uniformly from 0 to below - 1 (`below` at least 1), seeded.
        public static int[] Indexes(ulong seed, int count, int below) =>
            SplitMix64.Indexes(seed, count, below);
    }
}
