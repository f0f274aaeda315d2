// The default run: every line parsed each way (what it allocated), then the binary headers
// read each way; each timed --repeat times (medians).

using System;
using System.Diagnostics;
using Workshop;
using static System.FormattableString;

namespace ZeroCopy
{
    static class SideBySide
    {
        static readonly Table Ways = new Table(28, 15, 16, 10);

        public static void Run(Options options, string text, byte[] binary)
        {
            var repeat = options.Repeat;
            Console.WriteLine(repeat == 1 ? "Each way run once."
                : Invariant($"Each way run {repeat} times; times are medians."));
            Console.WriteLine();
            Console.WriteLine("Text: every line parsed (" + AllocatedBytes.How + "):");
            Ways.Row("way", "lines", "bytes allocated", "time");
            Measure("owned (string.Split)", repeat, () => OwnedParser.Parse(text).Count);
            Measure("borrowed (ReadOnlySpan)", repeat, () => SpanParser.Parse(text).Count);
            Console.WriteLine();
            Console.WriteLine("Binary: every record's header read:");
            Ways.Row("way", "ids summed", "bytes allocated", "time");
            Measure("copied (BinaryPrimitives)", repeat, () => (long)Headers.SumIdsCopied(binary));
            Measure("at once (MemoryMarshal)", repeat, () => (long)Headers.SumIdsMarshalled(binary));
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare zero-copy");
        }

        static void Measure(string name, int repeat, Func<long> work)
        {
            Measures.CollectEverything();
            var before = AllocatedBytes.Now();
            var result = work();
            var allocated = AllocatedBytes.Now() - before;
            var times = new long[repeat];
            for (var run = 0; run < repeat; run++)
            {
                var began = Stopwatch.GetTimestamp();
                Checksum.Add(work());
                times[run] = Stopwatch.GetTimestamp() - began;
            }
            Ways.Row(name, Format.Count(result), Format.Bytes(allocated),
                Format.Duration(Measures.Median(times)));
        }
    }
}
