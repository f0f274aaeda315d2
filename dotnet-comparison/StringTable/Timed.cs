// The timed run: the occurrences held one way and let go, again and again for --seconds,
// with a line per second (Shared/Timed.cs), as crates/string-table/src/timed.rs.

using System;
using Workshop;

namespace StringTable
{
    static class Timed
    {
        public static void Run(Options options, Workload work)
        {
            Console.WriteLine("Held one way and let go, again and again for "
                + options.Seconds + " s: " + Holders.Name(options.Way) + ".");
            Console.WriteLine();
            var way = options.Way;
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds",
                () => Holders.Build(way, work).Count));
        }
    }
}
