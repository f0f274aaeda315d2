// The stress loop: worker threads run iterations for --seconds while the main thread adds a
// spike every 3 seconds and prints a line per second, then the totals (as
// crates/scoped-drops/src/timed.rs).

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Workshop;

namespace ScopedDrops
{
    static class Timed
    {
        // A second's line: this twin's own layout, since its first version.
        const string Row = "{0,6}  {1,5} {2,5} {3,5}  {4,17}  {5}";

        static long checksum; // written by every worker, so no allocation is optimised away

        public static void Run(Options options)
        {
            Console.WriteLine("Scoped drops, the .NET twin: "
                + RuntimeInformation.FrameworkDescription);
            Report.Runtime();
            var spikes = options.RetainSpikes ? "kept alive (--way retain-spikes)" : "dropped at once";
            Console.WriteLine($"   {options.Threads} worker threads, {options.Length} s, "
                + $"seed {options.Seed}, a 50 MiB spike every {Workload.SpikeEverySeconds} s, "
                + $"{spikes}.");
            Console.WriteLine();
            Console.WriteLine(Row, "time", "gen0", "gen1", "gen2", "GC.GetTotalMemory", "spike");

            var stop = false;
            var durations = new List<long>[options.Threads];
            var workers = new Thread[options.Threads];
            for (var w = 0; w < options.Threads; w++)
            {
                var worker = w;
                durations[worker] = new List<long>();
                workers[worker] = new Thread(() =>
                {
                    var sizes = new Sizes(options.Seed + (ulong)worker);
                    var watch = new Stopwatch();
                    long index = 0;
                    while (!Volatile.Read(ref stop))
                    {
                        watch.Restart();
                        Interlocked.Add(ref checksum, Workload.Iteration(sizes, index));
                        durations[worker].Add(watch.ElapsedTicks * 1000000L / Stopwatch.Frequency);
                        index++;
                    }
                });
                workers[worker].Start();
            }

            var retained = new List<byte[]>();
            var clock = Stopwatch.StartNew();
            for (var second = 1; second <= options.Length; second++)
            {
                var wait = second * 1000L - clock.ElapsedMilliseconds;
                if (wait > 0)
                {
                    Thread.Sleep((int)wait);
                }
                var spiked = second % Workload.SpikeEverySeconds == 0;
                if (spiked)
                {
                    var spike = Workload.Spike();
                    if (options.RetainSpikes)
                    {
                        if (retained.Count == Workload.MaxRetainedSpikes)
                        {
                            retained.RemoveAt(0);
                        }
                        retained.Add(spike);
                    }
                }
                var total = GC.GetTotalMemory(false);
                var gc = Collections.Now();
                Console.WriteLine(Row, second + "/" + options.Length, gc.Gen0, gc.Gen1, gc.Gen2,
                    Format.Bytes(total), spiked ? "*" : "");
                Report.Second(second, total);
            }
            Volatile.Write(ref stop, true);
            foreach (var worker in workers)
            {
                worker.Join();
            }
            Totals(durations);
            GC.KeepAlive(retained);
            GC.KeepAlive(Interlocked.Read(ref checksum));
        }

        // Every worker's iterations: their times, the collections, the memory.
        static void Totals(List<long>[] durations)
        {
            var all = new List<long>();
            foreach (var list in durations)
            {
                all.AddRange(list);
            }
            all.Sort();
            Console.WriteLine();
            Console.WriteLine($"  iterations: {all.Count}; per iteration: "
                + Measures.Percentiles(all, all.Count));
            Console.WriteLine("  collections: " + Measures.CollectionsAndHeap());
            var workingSet = Environment.WorkingSet; // Mono on Linux reports 0
            Console.WriteLine("  working set: " + (workingSet > 0 ? Format.Bytes(workingSet)
                : "n/a on this runtime (workshop compare measures it from outside)"));
            var allocated = AllocatedBytes.AllThreads();
            Console.WriteLine("  allocated: " + (allocated >= 0 ? Format.Bytes(allocated)
                : "n/a on this runtime"));
            Report.Totals(all.Count, string.Join(",", all), allocated);
        }
    }
}
