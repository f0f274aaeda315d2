// The .NET twin of crates/bitset: 10 million flags two ways, with the same seeded random
// indexes as the Rust demo (--print-sequence N prints the first N, on both sides). bytes:
// bool[], a byte per flag, as Vec<bool> is. bits: System.Collections.BitArray, 32 flags to an
// int, as BitSet packs 64 to a u64.
//
// By default each set is measured --repeat times, side by side (SideBySide.cs): its heap
// bytes, then median times of the random inserts, the random lookups, a count of the set
// flags and a sequential fill. --seconds N runs one set (--way) for N seconds, a new set, the
// inserts, the lookups and a count per round, with a line per second (Timed.cs); --report
// adds the `@name value` lines `workshop compare` reads.

using System;
using System.Globalization;
using System.Linq;
using Workshop;
using static System.FormattableString;

namespace Bitset
{
    static class Program
    {
        static int Main(string[] args)
        {
            var options = new Options();
            return Demo.Run(args, options.Declare(), () =>
            {
                if (options.PrintSequence > 0)
                {
                    // The first N indexes to insert, one per line, as the Rust demo prints them.
                    var first = Workload.Indexes(options.Seed, options.PrintSequence,
                        options.Flags);
                    Sequence.Print(first.Select(i => i.ToString(CultureInfo.InvariantCulture)));
                    return;
                }
                Report.Title("Bit sets");
                // The lookups are a second draw, so about a tenth of them hit an inserted index.
                var inserts = Workload.Indexes(options.Seed, options.Touches, options.Flags);
                var lookups = Workload.Indexes(unchecked(options.Seed + 1), options.Touches,
                    options.Flags);
                var touches = Format.Count(options.Touches);
                Console.WriteLine($"{Format.Count(options.Flags)} flags; {touches} random inserts, "
                    + $"then {touches} random lookups");
                Console.WriteLine(Invariant($"(seed {options.Seed})."));
                // BitArray.CopyTo's buffer for counting: allocated once, for every BitArray.
                var words = new int[BitFlags.Words(options.Flags)];
                if (options.Seconds > 0)
                {
                    Timed.Run(options, inserts, lookups, words);
                }
                else
                {
                    SideBySide.Run(options, inserts, lookups, words);
                }
            });
        }
    }
}
