// The default run: the sizes, then each way's store built once (its heap) and its one-field
// pass timed --repeat times (medians).

using System;
using System.Diagnostics;
using Workshop;
using static System.FormattableString;

namespace CompactLayout
{
    static class SideBySide
    {
        static readonly Table Sizes = new Table(26, 5);
        static readonly Table Orders = new Table(18, 10, 10, 10);

        public static void Run(Options options, Fields[] fields)
        {
            Console.WriteLine("Sizes on this runtime, measured by what it allocates:");
            Sizes.Row("type", "bytes");
            Sizes.Row("Status (an enum)", Whole(CompactLayout.Sizes.Of<Status>()));
            Sizes.Row("long?", Whole(CompactLayout.Sizes.Of<long?>()));
            Sizes.Row("{ byte, long, byte }", Whole(CompactLayout.Sizes.Of<Declared>()));
            Sizes.Row("  with LayoutKind.Auto", Whole(CompactLayout.Sizes.Of<DeclaredAuto>()));
            Sizes.Row("CompactOrder (a struct)", Whole(CompactLayout.Sizes.Of<CompactOrder>()));
            Sizes.Row("NaiveOrder (an instance)",
                Whole(CompactLayout.Sizes.OfInstance(typeof(NaiveOrder))));
            Console.WriteLine("  (and a NaiveOrder is reached through an 8-byte reference)");
            Console.WriteLine();
            var repeat = options.Repeat;
            Console.WriteLine(Invariant($"{Format.Count(fields.Length)} orders (seed {options.Seed}): ")
                + "as ported, compact, and as columns.");
            Console.WriteLine(Invariant($"Each pass timed {repeat} times; times are medians."));
            Console.WriteLine();
            var ways = new[] { Way.Naive, Way.Compact, Way.Columns };
            var heap = new long[ways.Length];
            var pass = new long[ways.Length];
            var total = new long[ways.Length];
            for (var w = 0; w < ways.Length; w++)
            {
                Measures.CollectEverything();
                var before = AllocatedBytes.Now();
                var store = Stores.Build(ways[w], fields);
                heap[w] = AllocatedBytes.Now() - before;
                var times = new long[repeat];
                for (var run = 0; run < repeat; run++)
                {
                    var began = Stopwatch.GetTimestamp();
                    total[w] = store.TotalQuantity();
                    times[run] = Stopwatch.GetTimestamp() - began;
                }
                pass[w] = Measures.Median(times);
                GC.KeepAlive(store);
            }
            Orders.Row("", Stores.Name(ways[0]), Stores.Name(ways[1]), Stores.Name(ways[2]));
            Orders.Row("heap", Format.Bytes(heap[0]), Format.Bytes(heap[1]), Format.Bytes(heap[2]));
            Orders.Row("heap per order (B)", Format.Count(heap[0] / fields.Length),
                Format.Count(heap[1] / fields.Length), Format.Count(heap[2] / fields.Length));
            Orders.Row("sum of quantities", Format.Count(total[0]), Format.Count(total[1]),
                Format.Count(total[2]));
            Console.WriteLine("Heap: " + AllocatedBytes.How + " around each build.");
            Console.WriteLine();
            Console.WriteLine("Median time of a pass that sums the quantities:");
            Console.WriteLine($"  as ported {Format.Duration(pass[0])}, compact "
                + $"{Format.Duration(pass[1])}: compact {Format.Speedup(pass[0], pass[1])}");
            Console.WriteLine($"  compact {Format.Duration(pass[1])}, columns "
                + $"{Format.Duration(pass[2])}: columns {Format.Speedup(pass[1], pass[2])}");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare compact-layout");
        }

        static string Whole(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
