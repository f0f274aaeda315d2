// The timed run: the tree built one way and dropped, again and again for --seconds, with a
// line per second (Shared/Timed.cs), as crates/arena/src/timed.rs.

using System;
using System.Collections.Generic;
using Workshop;
using static System.FormattableString;

namespace Arena
{
    static class Timed
    {
        public static void Run(List<Spec> specs, Options options)
        {
            Console.WriteLine(Invariant(
                $"Built and dropped, again and again for {options.Seconds} s:"));
            Console.WriteLine(options.Way == Way.Arena
                ? "in one struct array with int child indices, overwritten by each build."
                : "an object per node (a Node, a string, a List<Node>).");
            Console.WriteLine();
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "build", "builds",
                Ways.BuildAndDrop(specs, options.Way)));
        }
    }
}
