// The .NET twin of crates/scoped-drops (the GC stress loop): the same work, size for size.
// Each iteration allocates a 1-5 MiB buffer, 1,000 strings of 100-1,000 characters, and on
// every 20th iteration 5 x 10 MiB; the main thread adds a 50 MiB spike every 3 seconds. The
// sizes come from SplitMix64 with the same seed as the Rust demo (--print-sequence N prints them,
// on both sides). By default every spike is dropped at once, as the Rust side frees it;
// --way retain-spikes keeps them (at most 6), as the widely copied original .NET program did.
//
// What .NET measures is printed per second (collections per generation, GC.GetTotalMemory)
// and at the end (iteration times, allocated bytes where the runtime can tell), in plain lines
// and, with --report, in `@name value` lines that `workshop compare` reads.
//
// Workload.cs and Sizes.cs: what an iteration allocates; Timed.cs: the stress loop;
// Options.cs: the command line.

using System;
using Workshop;

namespace ScopedDrops
{
    static class Program
    {
        static int Main(string[] args)
        {
            var options = new Options();
            return Demo.Run(args, options.Declare(), () =>
            {
                if (options.PrintSequence == 0)
                {
                    Timed.Run(options);
                    return;
                }
                var sizes = new Sizes(options.Seed);
                for (long i = 0; i < options.PrintSequence; i++)
                {
                    Console.WriteLine(sizes.Next());
                }
            });
        }
    }
}
