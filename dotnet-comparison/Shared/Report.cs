// What every twin prints the same way: the `@name value` lines of --report, which
// `workshop compare` reads (crates/workshop/src/run_report.rs parses them: each name and
// layout is written here once), the complaint about bad arguments, and a single-threaded
// twin's title.

using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Workshop
{
    public static class Report
    {
        // --report: print the `@` lines; until a twin sets it, they are left out.
        public static bool On;

        // `@runtime`: the runtime, as it describes itself.
        public static void Runtime()
        {
            Line("runtime " + RuntimeInformation.FrameworkDescription);
        }

        // A single-threaded twin's first lines: `Arenas, the .NET twin, on Mono 6.8.0.105.`
        // (the runtime without what it adds in brackets), `@runtime`, and a blank line.
        public static void Title(string demo)
        {
            string runtime = RuntimeInformation.FrameworkDescription;
            int brief = runtime.IndexOf(" (", StringComparison.Ordinal);
            Console.WriteLine(demo + ", the .NET twin, on " +
                (brief > 0 ? runtime.Substring(0, brief) : runtime) + ".");
            Runtime();
            Console.WriteLine();
        }

        // `@second`: after `second` seconds, the collections per generation so far and
        // GC.GetTotalMemory (as the twin read it for its own line).
        public static void Second(int second, long totalMemory)
        {
            Line(string.Format(CultureInfo.InvariantCulture, "second {0} {1} {2} {3} {4}", second,
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), totalMemory));
        }

        // At the end: the iterations, their durations in µs (`12,15,40`), the collections per
        // generation, GC.GetTotalMemory, and the bytes allocated (-1 where the runtime cannot
        // tell).
        public static void Totals(long iterations, string durationsUs, long allocated)
        {
            Line("iterations " + iterations);
            Line("durations_us " + durationsUs);
            Line(string.Format(CultureInfo.InvariantCulture, "gc {0} {1} {2}",
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)));
            Line("total_memory " + GC.GetTotalMemory(false));
            Line("allocated " + allocated);
        }

        // What is wrong with the arguments, then how they go, on stderr; returns 2, the exit
        // code for it.
        public static int BadArguments(string error, string usage)
        {
            Console.Error.WriteLine("error: " + error);
            Console.Error.WriteLine(usage);
            return 2;
        }

        static void Line(string line)
        {
            if (On)
            {
                Console.WriteLine("@" + line);
            }
        }
    }
}
