// The .NET twin of crates/scoped-drops (the GC stress loop): the same work, size for size.
// Each iteration allocates a 1-5 MiB buffer, 1,000 strings of 100-1,000 characters, and on
// every 20th iteration 5 x 10 MiB; the main thread adds a 50 MiB spike every 3 seconds. The
// sizes come from SplitMix64 with the same seed as the Rust demo (--print-sequence N prints them,
// on both sides). By default every spike is dropped at once, as the Rust side frees it;
// --retain-spikes keeps them (at most 6), as the widely copied original .NET program did.
//
// What .NET measures is printed per second (collections per generation, GC.GetTotalMemory)
// and at the end (iteration times, allocated bytes where the runtime can tell), in plain lines
// and, with --report, in `@name value` lines that `workshop compare` reads.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Workshop;

namespace ScopedDrops
{
    // The sizes the workload allocates, in the order it allocates them: each iteration's
    // buffer, then its strings (as `Sizes` in crates/scoped-drops/src/workload.rs).
    sealed class Sizes
    {
        public const int MiB = 1024 * 1024;
        public const int Strings = 1000;
        readonly SplitMix64 rng;
        long drawn;

        public Sizes(ulong seed)
        {
            rng = new SplitMix64(seed);
        }

        public int Next()
        {
            bool buffer = drawn % (1 + Strings) == 0;
            drawn++;
            return buffer ? (int)rng.InRange(MiB, 5 * MiB) : (int)rng.InRange(100, 1000);
        }
    }

    static class Program
    {
        const int MiB = Sizes.MiB;
        const int LargeEvery = 20, LargeCount = 5, LargeSize = 10 * MiB;
        const int SpikeSize = 50 * MiB, SpikeEverySeconds = 3, MaxRetainedSpikes = 6;

        static long checksum; // written by every worker, so no allocation is optimised away

        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The demo, its arguments taken: the sizes it draws, or the stress loop.
        static void Demo(Options options)
        {
            if (options.PrintSequence > 0)
            {
                Sizes sizes = new Sizes(options.Seed);
                for (long i = 0; i < options.PrintSequence; i++)
                {
                    Console.WriteLine(sizes.Next());
                }
                return;
            }
            Run(options);
        }

        static void Run(Options options)
        {
            Console.WriteLine("Scoped drops, the .NET twin: " + RuntimeInformation.FrameworkDescription);
            Report.Runtime();
            Console.WriteLine(string.Format(
                "   {0} worker threads, {1} s, seed {2}, a 50 MiB spike every {3} s, {4}.",
                options.Threads, options.Seconds, options.Seed, SpikeEverySeconds,
                options.RetainSpikes ? "kept alive (--retain-spikes)" : "dropped at once"));
            Console.WriteLine();
            Console.WriteLine("  time   gen0  gen1  gen2  GC.GetTotalMemory  spike");

            bool stop = false;
            List<long>[] durations = new List<long>[options.Threads];
            Thread[] workers = new Thread[options.Threads];
            for (int w = 0; w < options.Threads; w++)
            {
                int worker = w;
                durations[worker] = new List<long>();
                workers[worker] = new Thread(() =>
                {
                    Sizes sizes = new Sizes(options.Seed + (ulong)worker);
                    Stopwatch watch = new Stopwatch();
                    long index = 0;
                    while (!Volatile.Read(ref stop))
                    {
                        watch.Restart();
                        Interlocked.Add(ref checksum, Iteration(sizes, index));
                        durations[worker].Add(watch.ElapsedTicks * 1000000L / Stopwatch.Frequency);
                        index++;
                    }
                });
                workers[worker].Start();
            }

            List<byte[]> retained = new List<byte[]>();
            Stopwatch clock = Stopwatch.StartNew();
            for (int second = 1; second <= options.Seconds; second++)
            {
                long wait = second * 1000L - clock.ElapsedMilliseconds;
                if (wait > 0)
                {
                    Thread.Sleep((int)wait);
                }
                bool spiked = second % SpikeEverySeconds == 0;
                if (spiked)
                {
                    byte[] spike = Filled(SpikeSize, 0x3C);
                    if (options.RetainSpikes)
                    {
                        if (retained.Count == MaxRetainedSpikes)
                        {
                            retained.RemoveAt(0);
                        }
                        retained.Add(spike);
                    }
                }
                long total = GC.GetTotalMemory(false);
                Console.WriteLine(string.Format("{0,6}  {1,5} {2,5} {3,5}  {4,17}  {5}",
                    second + "/" + options.Seconds, GC.CollectionCount(0), GC.CollectionCount(1),
                    GC.CollectionCount(2), Measures.Bytes(total), spiked ? "*" : ""));
                Report.Second(second, total);
            }
            Volatile.Write(ref stop, true);
            foreach (Thread worker in workers)
            {
                worker.Join();
            }

            List<long> all = new List<long>();
            foreach (List<long> list in durations)
            {
                all.AddRange(list);
            }
            all.Sort();
            Console.WriteLine();
            Console.WriteLine("  iterations: " + all.Count + "; per iteration: "
                + Measures.Percentiles(all, all.Count));
            Console.WriteLine("  collections: " + Measures.Collections());
            long workingSet = Environment.WorkingSet; // Mono on Linux reports 0
            Console.WriteLine("  working set: " + (workingSet > 0 ? Measures.Bytes(workingSet) : "n/a on this runtime (workshop compare measures it from outside)"));
            long allocated = Measures.TotalAllocatedBytes();
            Console.WriteLine("  allocated: " + (allocated >= 0 ? Measures.Bytes(allocated) : "n/a on this runtime"));
            Report.Totals(all.Count, string.Join(",", all), allocated);
            GC.KeepAlive(retained);
            GC.KeepAlive(Interlocked.Read(ref checksum));
        }

        // One iteration: the same sizes as the Rust demo's, every byte of the buffers written.
        static long Iteration(Sizes sizes, long index)
        {
            byte[] buffer = Filled(sizes.Next(), 0xA5);
            string[] strings = new string[Sizes.Strings];
            long sum = buffer[buffer.Length / 2];
            for (int i = 0; i < strings.Length; i++)
            {
                strings[i] = new string('x', sizes.Next());
                sum += strings[i].Length;
            }
            if (index % LargeEvery == LargeEvery - 1)
            {
                for (int i = 0; i < LargeCount; i++)
                {
                    byte[] large = Filled(LargeSize, 0x5A);
                    sum += large[large.Length - 1];
                }
            }
            return sum; // everything above is garbage now, until a collection finds it
        }

        // A new array with every byte set (copying in doubling blocks, as memset would).
        static byte[] Filled(int size, byte value)
        {
            byte[] array = new byte[size];
            if (size == 0)
            {
                return array;
            }
            array[0] = value;
            for (int done = 1; done < size; done *= 2)
            {
                Buffer.BlockCopy(array, 0, array, done, Math.Min(done, size - done));
            }
            return array;
        }
    }

    // --seconds N, --threads N, --seed N, --retain-spikes, --report, --print-sequence N: as the
    // Rust demo.
    sealed class Options
    {
        public int Seconds = 10;
        public int Threads = Math.Min(Environment.ProcessorCount, 8);
        public ulong Seed = 42;
        public bool RetainSpikes;
        public long PrintSequence;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments("usage: ScopedDrops [--seconds 1-3600] "
                + "[--threads 1-64] [--seed N] [--retain-spikes] [--report] [--print-sequence N]");
            arguments.Lenient(); // " 5" and "+5" taken as 5, as this twin always has
            arguments.Number("--seconds", 1, 3600, n => Seconds = (int)n);
            arguments.Number("--threads", 1, 64, n => Threads = (int)n);
            arguments.Seed("--seed", n => Seed = n);
            arguments.Flag("--retain-spikes", () => RetainSpikes = true);
            arguments.Flag("--report", () => Report.On = true);
            arguments.Number("--print-sequence", 1, 1000000, n => PrintSequence = n);
            return arguments;
        }
    }
}
