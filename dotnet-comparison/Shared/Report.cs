// What every twin prints the same way: the `@name value` lines of --report, which
// `workshop compare` reads (crates/workshop/src/run_report.rs parses them: each name and
// layout is written here once), the complaint about bad arguments, and a single-threaded
// twin's title.

using System;
using System.Runtime.InteropServices;
using static System.FormattableString;

namespace Workshop
{
    public static class Report
    {
        // --report: print the `@` lines; until a twin sets it, they are left out.
        public static bool On { get; set; }

        // `@runtime`: the runtime, as it describes itself.
        public static void Runtime() => Line("runtime " + RuntimeInformation.FrameworkDescription);

        // A single-threaded twin's first lines: `Arenas, the .NET twin, on Mono 6.8.0.105.`
        // (the runtime without what it adds in brackets), `@runtime`, and a blank line.
        public static void Title(string demo)
        {
            var runtime = RuntimeInformation.FrameworkDescription;
            var brief = runtime.IndexOf(" (", StringComparison.Ordinal);
            var name = brief > 0 ? runtime.Substring(0, brief) : runtime;
            Console.WriteLine($"{demo}, the .NET twin, on {name}.");
            Runtime();
            Console.WriteLine();
        }

        // `@second`: after `second` seconds, the collections per generation so far and
        // GC.GetTotalMemory (as the twin read it for its own line).
        public static void Second(int second, long totalMemory)
        {
            var gc = Collections.Now();
            Line(Invariant($"second {second} {gc.Gen0} {gc.Gen1} {gc.Gen2} {totalMemory}"));
        }

        // `@ready`, just before the measured work, then a wait for a line on standard input,
        // which `workshop compare` sends once it has read the resident memory (so it reads it
        // while nothing moves). Run by hand from a terminal, it goes on at once.
        public static void Ready()
        {
            if (!On)
            {
                return;
            }
            Console.WriteLine("@ready");
            Console.Out.Flush();
            if (Console.IsInputRedirected)
            {
                Console.In.ReadLine();
            }
        }

        // At the end: the runtime's configuration, the iterations, their durations in µs
        // (`12,15,40`), the collections per generation since `gcAtStart`, GC.GetTotalMemory,
        // and the bytes allocated (-1 where the runtime cannot tell), both over the measured
        // work.
        public static void Totals(long iterations, string durationsUs, Collections gcAtStart,
            long allocated)
        {
            var gc = Collections.Now() - gcAtStart;
            Line("config " + RuntimeConfig.Describe());
            Line(Invariant($"iterations {iterations}"));
            Line("durations_us " + durationsUs);
            Line(Invariant($"gc {gc.Gen0} {gc.Gen1} {gc.Gen2}"));
            Line(Invariant($"total_memory {GC.GetTotalMemory(false)}"));
            Line(Invariant($"allocated {allocated}"));
        }

        // `Each way measured 5 times; times are medians.` (or `once.`), and a blank line: how
        // often the side-by-side run measures each `what`.
        public static void EachMeasured(string what, int repeat)
        {
            Console.WriteLine(repeat == 1 ? $"Each {what} measured once."
                : Invariant($"Each {what} measured {repeat} times; times are medians."));
            Console.WriteLine();
        }

        // What is wrong with the arguments, then how they go, on stderr; returns 2, the exit
        // status for it.
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
