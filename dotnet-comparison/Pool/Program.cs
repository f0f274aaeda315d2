// The .NET twin of crates/pool: 100,000 live particles churned by a million remove + insert
// cycles, with the same seeded victims as the Rust demo (--print-sequence N prints the first
// N, on both sides). boxes: a class instance per particle, `new` for each (a Box<Particle>),
// its reference kept in a pool of slots with generations and a free list, as the Rust demo's
// BoxPool keeps a Box per value. pool: the particles as structs inline in one array of slots,
// a list of free slots, with generational handles, as the Rust demo's Pool. Both are one
// generic Pool<T> (Pool.cs), as in Rust: BoxPool<T> is a Pool<Box<T>>. (.NET's own pools,
// ObjectPool<T> from Microsoft.Extensions.ObjectPool and ArrayPool<T>, reuse objects and
// arrays the same way. Mono 6.8 has ArrayPool<T> (in its mscorlib) but not ObjectPool<T>,
// a NuGet package; the twin needs its own slots and handles anyway.)
//
// By default each way is measured --repeat times, side by side (SideBySide.cs): median
// warm-up and churn times, a full collection with every particle alive, collections per
// generation and bytes allocated during the churn, and the slots at the end. --seconds N runs
// one way (--way) for N seconds, a new pool, the warm-up, the churn and letting go per round,
// with a line per second (Timed.cs); --report adds the `@name value` lines
// `workshop compare` reads.

using System;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Workshop;
using static System.FormattableString;

namespace Pool
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
                    // The first N victims, one per line, as the Rust demo prints them.
                    var first = Workload.Victims(options.Seed, options.PrintSequence, options.Live);
                    Sequence.Print(first.Select(v => v.ToString(CultureInfo.InvariantCulture)));
                    return;
                }
                var victims = Workload.Victims(options.Seed, options.Cycles, options.Live);
                Report.Title("Object pools");
                var size = Marshal.SizeOf(typeof(Particle));
                var live = Format.Count(options.Live);
                var asObject = size + 2 * IntPtr.Size;
                Console.WriteLine(Invariant($"{live} particles of {size} bytes alive ")
                    + Invariant($"({asObject} as an object, with its header);"));
                var cycles = Format.Count(options.Cycles);
                Console.WriteLine($"{cycles} cycles, each removing a random one and inserting a "
                    + Invariant($"new one\n(seed {options.Seed})."));
                if (options.Seconds > 0)
                {
                    Timed.Run(options, victims);
                }
                else
                {
                    SideBySide.Run(options, victims);
                }
            });
        }
    }
}
