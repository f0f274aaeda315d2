// The timed run: one way's store built from the orders, a pass over their quantities, and
// let go, again and again for --seconds, with a line per second (Shared/Timed.cs), as
// crates/compact-layout/src/timed.rs.

using System;
using Workshop;
using static System.FormattableString;

namespace CompactLayout
{
    static class Timed
    {
        public static void Run(Options options, Fields[] fields)
        {
            Console.WriteLine(Invariant($"{Format.Count(fields.Length)} orders (seed {options.Seed})")
                + " built, a pass over their quantities, let go,");
            Console.WriteLine(Invariant($"again and again for {options.Seconds} s: ")
                + Stores.Name(options.Way) + ".");
            Console.WriteLine();
            var way = options.Way;
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds",
                () => Stores.Build(way, fields).TotalQuantity()));
        }
    }
}
