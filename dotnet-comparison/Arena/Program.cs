// The .NET twin of crates/arena: the same seeded tree of 100,000 nodes, built and dropped two
// ways. per-node: an object per node (a Node, its label, a List<Node>), as C# is usually
// written. arena: .NET's arena, one struct array of nodes with int child indices and one char
// array of label text, allocated once and overwritten by every build. The tree comes from
// SplitMix64 with the same seed as the Rust demo (--print-sequence N prints its first N nodes,
// on both sides).
//
// By default both ways are built and dropped --repeat times, side by side: median build time,
// collections per generation, bytes allocated (SideBySide.cs). --seconds N builds one way
// (--way) for N seconds with a line per second (Timed.cs); --report adds the `@name value`
// lines `workshop compare` reads.

using System;
using System.Linq;
using Workshop;
using static System.FormattableString;

namespace Arena
{
    static class Program
    {
        static int Main(string[] args)
        {
            var options = new Options();
            return Demo.Run(args, options.Declare(), () =>
            {
                var specs = Workload.Specs(options.Seed, options.Size);
                if (options.PrintSequence > 0)
                {
                    // `{children} {label}` per line, as the Rust demo prints them.
                    Sequence.Print(specs.Take(options.PrintSequence).Select(s => s.ToString()));
                    return;
                }
                Report.Title("Arenas");
                var nodes = Format.Count(specs.Count);
                Console.WriteLine(Invariant($"The tree: {nodes} nodes, seed {options.Seed}, ")
                    + $"labels like \"{specs[0].Label}\".");
                if (options.Seconds > 0)
                {
                    Timed.Run(specs, options);
                }
                else
                {
                    SideBySide.Run(specs, options.Repeat);
                }
            });
        }
    }
}
