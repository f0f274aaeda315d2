// The default run: each way built from the occurrences once (what it allocated, and what a
// full collection frees once it is let go), then built and looked up again --repeat times
// (medians).

using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Workshop;
using static System.FormattableString;

namespace StringTable
{
    static class SideBySide
    {
        static readonly Table Ways = new Table(13, 9, 10, 10, 9, 9);

        public static void Run(Options options, Workload work)
        {
            var repeat = options.Repeat;
            Console.WriteLine(repeat == 1
                ? "Each way built and looked up once."
                : Invariant($"Each way built and looked up {repeat} times; times are medians."));
            Console.WriteLine();
            Ways.Row("way", "strings", "live heap", "allocated", "build", "look up");
            Measure("string.Intern", () => new Interned(work), work, repeat);
            foreach (var way in new[] { Way.Strings, Way.Map, Way.Table })
            {
                Measure(Holders.Name(way), () => Holders.Build(way, work), work, repeat);
            }
            Console.WriteLine();
            Console.WriteLine("Live heap: what GC.GetTotalMemory(true) drops by once a build is let go");
            Console.WriteLine("(n/a on Mono, where it does not fall by what a build held);");
            Console.WriteLine("allocated: " + AllocatedBytes.How + " around the build,");
            Console.WriteLine("garbage included. string.Intern's strings stay in the runtime's");
            Console.WriteLine("pool until the process ends, whatever holds them.");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare string-table");
        }

        // The holder being measured: a static field, so that letting it go is certain (Mono
        // scans the stack conservatively: a local may keep it alive after its last use).
        static IHolder held;

        static void Measure(string name, Func<IHolder> build, Workload work, int repeat)
        {
            var allocated = Build(build);
            var live = GC.GetTotalMemory(true);
            held = null;
            live -= GC.GetTotalMemory(true);
            var builds = new long[repeat];
            var lookups = new long[repeat];
            long sum = 0;
            for (var run = 0; run < repeat; run++)
            {
                var began = Stopwatch.GetTimestamp();
                held = build();
                builds[run] = Stopwatch.GetTimestamp() - began;
                began = Stopwatch.GetTimestamp();
                sum = held.LookUpAll(work);
                lookups[run] = Stopwatch.GetTimestamp() - began;
            }
            // Mono's GC.GetTotalMemory(true) does not fall by what a build held (measured: by
            // 10 KiB for a CharTable that is 5 MiB on CoreCLR), so it cannot be read this way.
            var liveHeap = RuntimeConfig.IsMono ? "n/a" : Format.Bytes(live);
            Ways.Row(name, Format.Count(held.Count), liveHeap, Format.Bytes(allocated),
                Format.Duration(Measures.Median(builds)),
                sum < 0 ? "-" : Format.Duration(Measures.Median(lookups)));
            Checksum.Add(sum);
            held = null;
        }

        // Builds into `held`, from a clean heap; returns the bytes the build allocated.
        [MethodImpl(MethodImplOptions.NoInlining)]
        static long Build(Func<IHolder> build)
        {
            Measures.CollectEverything();
            var before = AllocatedBytes.Now();
            held = build();
            return AllocatedBytes.Now() - before;
        }
    }
}
