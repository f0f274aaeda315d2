// The blocks every side allocates: exercises/fragmentation/src/workload.rs, draw for draw.

using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Workshop;

namespace Fragmentation
{
    static class Workload
    {
        public const ulong Seed = 42;
        public const int BlockBytes = 85000;     // from here, an array goes on the LOH
        public const int BlocksPerRound = 256;   // the timed run's rounds (21.8 MB)
        public const int Blocks = 2000;          // the default run's blocks (170 MB)

        // keeps_block: one in four.
        public static bool KeepsBlock(ulong draw) => draw % 4 == 0;

        // `blocks` blocks of BlockBytes, one draw of `rng` each, in order, every byte of each
        // (byte)draw, so each of its pages is written: the kept ones returned in a new list,
        // the others unreferenced as soon as they are filled. Apart, so no reference to a
        // dropped block outlives it in the caller's frame.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static List<byte[]> Allocate(SplitMix64 rng, int blocks)
        {
            var kept = new List<byte[]>();
            for (var i = 0; i < blocks; i++)
            {
                var draw = rng.NextU64();
                var block = Buffers.Filled(BlockBytes, (byte)draw);
                if (KeepsBlock(draw))
                {
                    kept.Add(block);
                }
            }
            return kept;
        }

        // The first `count` draws, a line each, `<draw> keep` or `<draw> free`, as the Rust
        // demo prints them.
        public static IEnumerable<string> Lines(ulong seed, int count)
        {
            var rng = new SplitMix64(seed);
            for (var i = 0; i < count; i++)
            {
                var draw = rng.NextU64();
                yield return draw.ToString(CultureInfo.InvariantCulture)
                    + (KeepsBlock(draw) ? " keep" : " free");
            }
        }
    }
}
