// The one seeded generator of every workload, written as crates/measure/src/seeded.rs writes
// it, so a C# twin and its Rust demo given the same seed draw the same numbers.
// (System.Random would not: its algorithm is not Rust's, and it changed between .NET versions.)

using System;

namespace Workshop
{
    public sealed class SplitMix64
    {
        ulong state;

        public SplitMix64(ulong seed) => state = seed;

        public ulong NextU64()
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                var z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        // A number from start to end, both included: start + next % span, as in Rust.
        public ulong InRange(ulong start, ulong end)
        {
            unchecked
            {
                var span = end - start + 1;
                var next = NextU64();
                return span == 0 ? next : start + next % span;
            }
        }

        // `count` indexes drawn uniformly from 0 to below - 1 (`below` at least 1) by the
        // generator for `seed`: SplitMix64::indexes in Rust's measure crate.
        public static int[] Indexes(ulong seed, int count, int below)
        {
            var rng = new SplitMix64(seed);
            var last = (ulong)Math.Max(below, 1) - 1;
            var indexes = new int[count];
            for (var i = 0; i < count; i++)
            {
                indexes[i] = (int)rng.InRange(0, last);
            }
            return indexes;
        }
    }
}
