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
        // A second's line: time, collections per generation, GC.GetTotalMemory, and a * when
        // the main thread made its spike that second.
        const string Row = "{0,6}  {1,5} {2,5} {3,5}  {4,17}  {5}";

        // With Report.On, at most this many iteration times per worker are recorded.
        const int RecordedIterations = 200000;

        static long checksum; // written by every worker, so no allocation is optimised away
        static long iterations; // every worker's, added as it stops

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
            // With Report.On, each worker records at most RecordedIterations times, in an
            // array allocated before its loop (as the Rust demo's), so recording never
            // allocates inside it.
            var capacity = Report.On ? RecordedIterations : 0;
            var durations = new int[options.Threads][];
            var recorded = new int[options.Threads];
            var workers = new Thread[options.Threads];
            Report.Ready();
            var gcAtStart = Collections.Now();
            var allocatedAtStart = AllocatedBytes.AllThreads();
            for (var w = 0; w < options.Threads; w++)
            {
                var worker = w;
                durations[worker] = new int[capacity];
                workers[worker] = new Thread(() =>
                {
                    var sizes = new Sizes(options.Seed + (ulong)worker);
                    var mine = durations[worker];
                    var watch = new Stopwatch();
                    long index = 0;
                    while (!Volatile.Read(ref stop))
                    {
                        watch.Restart();
                        Interlocked.Add(ref checksum, Workload.Iteration(sizes, index));
                        if (recorded[worker] < mine.Length)
                        {
                            var micros = watch.ElapsedTicks * 1000000L / Stopwatch.Frequency;
                            mine[recorded[worker]++] = (int)Math.Min(micros, int.MaxValue);
                        }
                        index++;
                    }
                    Interlocked.Add(ref iterations, index);
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
            Totals(durations, recorded, gcAtStart, allocatedAtStart);
            GC.KeepAlive(retained);
            GC.KeepAlive(Interlocked.Read(ref checksum));
        }

        // Every worker's iterations: their times, and the collections and allocations since
        // the workers started.
        static void Totals(int[][] durations, int[] recorded, Collections gcAtStart,
            long allocatedAtStart)
        {
            var all = new List<int>();
            for (var worker = 0; worker < durations.Length; worker++)
            {
                all.AddRange(new ArraySegment<int>(durations[worker], 0, recorded[worker]));
            }
            all.Sort();
            var count = Interlocked.Read(ref iterations);
            Console.WriteLine();
            Console.WriteLine($"  iterations: {count}; per iteration: "
                + Measures.Percentiles(all, all.Count));
            Console.WriteLine("  collections: " + (Collections.Now() - gcAtStart));
            var workingSet = Environment.WorkingSet; // Mono on Linux reports 0
            Console.WriteLine("  working set: " + (workingSet > 0 ? Format.Bytes(workingSet)
                : "n/a on this runtime (workshop compare measures it from outside)"));
            var now = AllocatedBytes.AllThreads();
            var allocated = now < 0 || allocatedAtStart < 0 ? -1 : now - allocatedAtStart;
            Console.WriteLine("  allocated: " + (allocated >= 0 ? Format.Bytes(allocated)
                : "n/a on this runtime"));
            Report.Totals(count, string.Join(",", all), gcAtStart, allocated);
        }
    }
}
