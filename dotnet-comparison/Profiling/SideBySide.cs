// The default run: the report by each program once, counting what it allocated, then timed
// --repeat times (medians); both reports must be the same.

using System;
using System.Diagnostics;
using Workshop;
using static System.FormattableString;

namespace Profiling
{
    static class SideBySide
    {
        static readonly Table Ways = new Table(12, 15, 10);

        public static void Run(Options options, string input)
        {
            var repeat = options.Repeat;
            Console.WriteLine(repeat == 1 ? "Each way run once."
                : Invariant($"Each way run {repeat} times; times are medians."));
            Console.WriteLine();
            Console.WriteLine("The report (" + AllocatedBytes.How + "):");
            Ways.Row("", "bytes allocated", "time");
            var shipped = Measure("as shipped", repeat, () => ShippedReport.Build(input));
            var fixedReport = Measure("fixed", repeat, () => FixedReport.Build(input));
            if (shipped.Summary() != fixedReport.Summary())
            {
                throw new DemoException("the two programs gave different reports");
            }
            Console.WriteLine();
            Bracketed.Run(input);
            Console.WriteLine();
            Console.WriteLine(fixedReport.Summary());
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare profiling");
        }

        static SalesReport Measure(string name, int repeat, Func<SalesReport> work)
        {
            Measures.CollectEverything();
            var before = AllocatedBytes.Now();
            var report = work();
            var allocated = AllocatedBytes.Now() - before;
            var times = new long[repeat];
            for (var run = 0; run < repeat; run++)
            {
                var began = Stopwatch.GetTimestamp();
                Checksum.Add(work().Regions.Count);
                times[run] = Stopwatch.GetTimestamp() - began;
            }
            Ways.Row(name, Format.Bytes(allocated), Format.Duration(Measures.Median(times)));
            return report;
        }
    }
}
