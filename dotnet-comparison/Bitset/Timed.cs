// The timed run: a new set of one kind, the inserts, the lookups and a count, again and
// again for --seconds, with a line per second (Shared/Timed.cs), as crates/bitset/src/timed.rs.

using System;
using Workshop;
using static System.FormattableString;

namespace Bitset
{
    static class Timed
    {
        public static void Run(Options options, int[] inserts, int[] lookups, int[] words)
        {
            Console.WriteLine("A new set, the inserts, the lookups and a count, again and "
                + Invariant($"again for {options.Seconds} s."));
            Console.WriteLine(options.Way == Way.Bits
                ? BitFlags.Name + ": 32 flags to an int; counted by CopyTo a reused int[], then\n"
                    + BitCount.How + "."
                : ByteFlags.Name + ": a byte per flag; counted a byte at a time.");
            Console.WriteLine();
            var way = options.Way;
            var flags = options.Flags;
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                var set = Ways.NewSet(way, flags, words);
                set.Insert(inserts);
                return set.Hits(lookups) + set.Count();
            }));
        }
    }
}
