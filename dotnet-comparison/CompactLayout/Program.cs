// The .NET twin of crates/compact-layout: what a value takes on this runtime (a struct's
// bytes, a class instance's with its header, Sequential against Auto layout), then a million
// orders, the same seeded orders as the Rust demo (--print-sequence N prints the first N on
// both sides), held three ways: a List of class instances with a string per text (naive), an
// array of structs (compact) and an array per field (columns).
//
// By default each way is built once and its one-field pass timed --repeat times
// (SideBySide.cs). --seconds N builds one way (--way), sums the quantities and lets it go,
// again and again for N seconds, with a line per second (Timed.cs); --report adds the
// `@name value` lines `workshop compare` reads.

using System.Linq;
using Workshop;
using static System.FormattableString;

namespace CompactLayout
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
                    // The first N orders, as the Rust demo prints them.
                    var first = Workload.Orders(options.Seed, options.PrintSequence);
                    Sequence.Print(first.Select(f =>
                        Invariant($"{f.Id} {f.Status} {f.Quantity} {f.Country}")));
                    return;
                }
                Report.Title("Compact layout");
                var fields = Workload.Orders(options.Seed, options.Orders);
                if (options.Seconds > 0)
                {
                    Timed.Run(options, fields);
                }
                else
                {
                    SideBySide.Run(options, fields);
                }
            });
        }
    }
}
