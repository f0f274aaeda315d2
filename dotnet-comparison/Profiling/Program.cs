// The .NET twin of crates/profiling: a sales report over 200,000 orders, the same seeded
// orders as the Rust demo (--print-sequence N prints the first N lines on both sides), by the
// program as it was handed over and as fixed, with the same two problems and the same fixes.
//
// By default each program runs once to count what it allocates, then --repeat times, timed
// (SideBySide.cs). --seconds N runs one program (--way) again and again for N seconds, with a
// line per second (Timed.cs); --report adds the `@name value` lines `workshop compare` reads.

using System;
using Workshop;
using static System.FormattableString;

namespace Profiling
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
                    // The first N lines, as the Rust demo prints them.
                    var count = Math.Min(options.PrintSequence, options.Orders);
                    Sequence.Print(Workload.Text(options.Seed, count).TrimEnd('\n').Split('\n'));
                    return;
                }
                Report.Title("Heap profiling");
                var input = Workload.Text(options.Seed, options.Orders);
                Console.WriteLine(Invariant($"{Format.Count(options.Orders)} orders (seed {options.Seed}), ")
                    + Invariant($"{Format.Count(input.Length)} characters."));
                if (options.Seconds > 0)
                {
                    Timed.Run(options, input);
                }
                else
                {
                    SideBySide.Run(options, input);
                }
            });
        }
    }
}
