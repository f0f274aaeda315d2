// The timed run: the report by one program, again and again for --seconds, with a line per
// second (Shared/Timed.cs), as the Rust demo's.

using System;
using Workshop;

namespace Profiling
{
    static class Timed
    {
        public static void Run(Options options, string input)
        {
            Console.WriteLine("Reported on again and again for " + options.Seconds + " s: "
                + options.Way.ToString().ToLowerInvariant() + ".");
            Console.WriteLine();
            var way = options.Way;
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "report", "reports",
                () => (way == Way.Shipped ? ShippedReport.Build(input)
                    : FixedReport.Build(input)).Regions.Count));
        }
    }
}
