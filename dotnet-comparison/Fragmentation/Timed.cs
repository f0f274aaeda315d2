// The rounds `workshop compare fragmentation` runs, as the Rust demo runs them
// (crates/fragmentation/src/timed.rs), with a line per second (Shared/Timed.cs).

using System;
using System.Collections.Generic;
using Workshop;
using static System.FormattableString;

namespace Fragmentation
{
    static class Timed
    {
        public static void Run(Options options)
        {
            var round = Format.Bytes((long)Workload.BlocksPerRound * Workload.BlockBytes);
            var size = Format.Count(Workload.BlockBytes);
            Console.WriteLine(Invariant($"Rounds of {Workload.BlocksPerRound} blocks of {size} ")
                + $"bytes ({round}), each filled with its draw,");
            Console.WriteLine(Invariant($"again and again for {options.Seconds} s: the blocks ")
                + "whose draw is a multiple of 4 kept");
            Console.WriteLine(Invariant(
                $"until the next round's replace them (seed {options.Seed})."));
            Console.WriteLine();
            var rng = new SplitMix64(options.Seed); // one for the whole run
            var survivors = new List<byte[]>();
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                var kept = Workload.Allocate(rng, Workload.BlocksPerRound);
                survivors = kept; // the previous round's survivors die here
                return kept.Count;
            }));
            GC.KeepAlive(survivors);
        }
    }
}
