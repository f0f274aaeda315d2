// The .NET twin of crates/fragmentation: heap fragmentation, when the memory a process holds
// stays high after most of what it allocated is gone. The Rust demo loads 2 million orders of
// 128 bytes, each in its own Box, keeps one in 4 (then one in 16), drops the rest, and prints
// the resident memory (RSS) against the live bytes: the allocator cannot give a page back
// while one survivor still sits on it. .NET's collector compacts its small-object
// heap, sliding the survivors together, so the same orders would not show it here; by default
// it does not compact the Large Object Heap (LOH), where every array of 85,000 bytes or more
// goes. So this twin allocates blocks of 85,000 bytes (BLOCK_BYTES in
// exercises/fragmentation/src/workload.rs), one draw of the same seeded generator per block,
// and keeps a block when its draw is a multiple of 4, as an order is open (keeps_block).
// --print-sequence N prints the first N draws, each with `keep` or `free`, as the Rust demo
// prints them (CI diffs them).
//
// By default --blocks blocks (2,000) are allocated, each filled with its draw, and kept or
// dropped; then the heap is measured as the loop left it, after a full collection, and after a
// collection with GCSettings.LargeObjectHeapCompactionMode = CompactOnce: GC.GetTotalMemory,
// the working set, the fragmentation the collector reports (GC.GetGCMemoryInfo, .NET Core 3.0
// and later), the live bytes (the kept blocks) and working set / live (the Rust demo's RSS /
// live). --seconds N runs the rounds `workshop compare fragmentation` runs, the Rust demo the
// same ones: 256 blocks per round from one generator for the whole run, the blocks a round
// keeps replacing the previous round's survivors (which die then); a line per second, and with
// --report the `@name value` lines `workshop compare` reads.
//
// What it measured, on both runtimes, with the machine: docs/src/runs/fragmentation-coreclr.txt
// and fragmentation-mono.txt (`just record coreclr fragmentation`, `just record mono …`).
// In short: CompactOnce gives the LOH's free space back on CoreCLR; Mono's SGen never moves a
// large object (its large-object space returns a 1 MiB section only once it is empty), so the
// setting changes nothing there, and reads back as set.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text;
using Workshop;

namespace Fragmentation
{
    // The blocks every side allocates: exercises/fragmentation/src/workload.rs, draw for draw.
    static class Workload
    {
        public const ulong Seed = 42;
        public const int BlockBytes = 85000;     // from here, an array goes on the LOH
        public const int BlocksPerRound = 256;   // the timed run's rounds (21.8 MB)
        public const int Blocks = 2000;          // the default run's blocks (170 MB)

        // keeps_block: one in four.
        public static bool KeepsBlock(ulong draw)
        {
            return draw % 4 == 0;
        }

        // A block of BlockBytes, every byte (byte)draw, so each of its pages is written. The
        // first byte set, then copied onto twice as many each time by Buffer.BlockCopy (a
        // memmove), as fast as a memset: about 2 µs a block on Mono 6.8 and .NET Core 3.1
        // alike, where a byte-by-byte loop, or Array.Fill (one on both), took 30 to 90 µs.
        public static byte[] Block(ulong draw)
        {
            byte[] block = new byte[BlockBytes];
            block[0] = (byte)draw;
            for (int filled = 1; filled < block.Length; filled *= 2)
            {
                int count = Math.Min(filled, block.Length - filled);
                Buffer.BlockCopy(block, 0, block, filled, count);
            }
            return block;
        }
    }

    // The heap at one moment: what the default run prints per stage.
    sealed class Snapshot
    {
        public string Stage;
        public long TotalMemory;  // GC.GetTotalMemory(false)
        public long WorkingSet;   // the process's resident memory
        public long Fragmented;   // GC.GetGCMemoryInfo().FragmentedBytes, -1 where missing
        public long Live;         // the kept blocks' bytes
    }

    static class Program
    {
        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The first N draws, one per line, `<draw> keep` or `<draw> free`, as the Rust demo
        // prints them.
        static void PrintSequence(Options options)
        {
            StreamWriter output = Sequence.Output();
            SplitMix64 rng = new SplitMix64(options.Seed);
            for (int i = 0; i < options.PrintSequence; i++)
            {
                ulong draw = rng.NextU64();
                output.WriteLine(draw.ToString(CultureInfo.InvariantCulture)
                    + (Workload.KeepsBlock(draw) ? " keep" : " free"));
            }
            output.Flush();
        }

        // The demo, its arguments taken: the first draws, the rounds, or the heap measured.
        static void Demo(Options options)
        {
            if (options.PrintSequence > 0)
            {
                PrintSequence(options);
                return;
            }
            Report.Title("Heap fragmentation");
            if (options.Seconds > 0)
            {
                Timed(options);
            }
            else
            {
                Scattered(options);
            }
        }

        // The default run: --blocks blocks, about one in four kept, scattered over the LOH;
        // the heap measured as the loop leaves it, collected, and compacted.
        static void Scattered(Options options)
        {
            int blocks = options.Blocks;
            Console.WriteLine(Format("{0} blocks of {1} bytes ({2}), each filled with its "
                + "draw;", Measures.Count(blocks), Measures.Count(Workload.BlockBytes),
                Measures.Bytes((long)blocks * Workload.BlockBytes)));
            Console.WriteLine(Format("a block is kept when its draw is a multiple of 4, the "
                + "others dropped\nas they come (seed {0}).", options.Seed));
            Console.WriteLine();

            List<Snapshot> stages = new List<Snapshot>();
            Process process = Process.GetCurrentProcess();
            stages.Add(Measure("before the loop", process, 0));
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1);
            int gen2 = GC.CollectionCount(2);
            List<byte[]> survivors = Allocate(new SplitMix64(options.Seed), blocks);
            long live = (long)survivors.Count * Workload.BlockBytes;
            stages.Add(Measure("after the loop", process, live));
            string during = Format("gen0 {0}, gen1 {1}, gen2 {2}",
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1,
                GC.CollectionCount(2) - gen2);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            stages.Add(Measure("after GC.Collect", process, live));

            GCSettings.LargeObjectHeapCompactionMode =
                GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
            GCLargeObjectHeapCompactionMode after = GCSettings.LargeObjectHeapCompactionMode;
            stages.Add(Measure("after CompactOnce", process, live));
            GC.KeepAlive(survivors); // alive until the last measurement

            const string Row = "  {0,-17}  {1,14}  {2,11}  {3,10}  {4,9}  {5,7}";
            Console.WriteLine(Format(Row, "", "GetTotalMemory", "working set", "fragmented",
                "live", "ws/live"));
            foreach (Snapshot stage in stages)
            {
                Console.WriteLine(Format(Row, stage.Stage, Measures.Bytes(stage.TotalMemory),
                    Measures.Bytes(stage.WorkingSet),
                    stage.Fragmented >= 0 ? Measures.Bytes(stage.Fragmented) : "n/a",
                    Measures.Bytes(stage.Live), stage.Live > 0
                        ? Format("{0:F2}×", (double)stage.WorkingSet / stage.Live) : "-"));
            }
            Console.WriteLine();
            Console.WriteLine(Format("Kept: {0} blocks of {1}.",
                Measures.Count(survivors.Count), Measures.Count(blocks)));
            Console.WriteLine("Collections during the loop: " + during + ".");
            Console.WriteLine("fragmented: GC.GetGCMemoryInfo().FragmentedBytes, free space "
                + "inside the heap\nat the last collection (.NET Core 3.0 and later).");
            Console.WriteLine("GCSettings.LargeObjectHeapCompactionMode read back after the "
                + "compacting\ncollection: " + after + ".");
            Console.WriteLine("Working set given back by GC.Collect: "
                + Given(stages[1], stages[2]) + "; by CompactOnce: "
                + Given(stages[2], stages[3]) + ".");
            Console.WriteLine();
            Console.WriteLine(
                "Arrays of 85,000 bytes or more go on the Large Object Heap (on Mono, its\n" +
                "large object space), which a collection sweeps but does not compact: the\n" +
                "dead blocks between the survivors become free space, reused by later\n" +
                "large arrays that fit, and stay the process's memory. CoreCLR compacts it\n" +
                "once when asked (CompactOnce, then reset to Default); Mono's SGen never\n" +
                "moves a large object, and leaves the setting as it was set. The\n" +
                "small-object heap is compacted whenever the collector judges it worth it.");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare "
                + "fragmentation");
        }

        // `blocks` blocks, one draw of `rng` each, in order: the kept ones returned in a new
        // list, the others unreferenced as soon as they are filled. Apart, so no reference to
        // a dropped block outlives it in the caller's frame.
        [MethodImpl(MethodImplOptions.NoInlining)]
        static List<byte[]> Allocate(SplitMix64 rng, int blocks)
        {
            List<byte[]> kept = new List<byte[]>();
            for (int i = 0; i < blocks; i++)
            {
                ulong draw = rng.NextU64();
                byte[] block = Workload.Block(draw);
                if (Workload.KeepsBlock(draw))
                {
                    kept.Add(block);
                }
            }
            return kept;
        }

        static Snapshot Measure(string stage, Process process, long live)
        {
            Snapshot snapshot = new Snapshot();
            snapshot.Stage = stage;
            snapshot.TotalMemory = GC.GetTotalMemory(false);
            process.Refresh();
            snapshot.WorkingSet = process.WorkingSet64;
            snapshot.Fragmented = FragmentedBytes();
            snapshot.Live = live;
            return snapshot;
        }

        // GC.GetGCMemoryInfo().FragmentedBytes, reached by reflection (.NET Core 3.0 and
        // later; Mono lacks it): -1 where it is missing.
        static long FragmentedBytes()
        {
            MethodInfo info = typeof(GC).GetMethod("GetGCMemoryInfo", Type.EmptyTypes);
            if (info == null)
            {
                return -1;
            }
            object memory = info.Invoke(null, null);
            PropertyInfo fragmented = memory.GetType().GetProperty("FragmentedBytes");
            return fragmented == null ? -1 : (long)fragmented.GetValue(memory, null);
        }

        // `12.3 MiB`, or `none` when the working set did not shrink.
        static string Given(Snapshot before, Snapshot after)
        {
            long given = before.WorkingSet - after.WorkingSet;
            return given > 0 ? Measures.Bytes(given) : "none";
        }

        // The rounds `workshop compare fragmentation` runs, as the Rust demo runs them.
        static void Timed(Options options)
        {
            Console.WriteLine(Format("Rounds of {0} blocks of {1} bytes ({2}), each filled "
                + "with its draw,", Workload.BlocksPerRound,
                Measures.Count(Workload.BlockBytes),
                Measures.Bytes((long)Workload.BlocksPerRound * Workload.BlockBytes)));
            Console.WriteLine(Format("again and again for {0} s: the blocks whose draw is a "
                + "multiple of 4 kept", options.Seconds));
            Console.WriteLine(Format("until the next round's replace them (seed {0}).",
                options.Seed));
            Console.WriteLine();
            SplitMix64 rng = new SplitMix64(options.Seed); // one for the whole run
            List<byte[]> survivors = new List<byte[]>();
            long checksum = Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                List<byte[]> kept = Allocate(rng, Workload.BlocksPerRound);
                survivors = kept; // the previous round's survivors die here
                return kept.Count;
            });
            GC.KeepAlive(survivors);
            GC.KeepAlive(checksum);
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }

    // --blocks N, --seed N, --seconds N, --report, --print-sequence N: as the Rust demo. No
    // --repeat (the heap is measured once, as it stands) and no way to choose, so not
    // RunOptions.
    sealed class Options
    {
        public int Blocks = Workload.Blocks;
        public ulong Seed = Workload.Seed;
        public int Seconds;       // 0: no timed run, the heap measured
        public int PrintSequence;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments(
                "usage: Fragmentation [--blocks 1-10000] [--seed N]\n" +
                "                     [--seconds 1-3600 [--report]]\n" +
                "                     [--print-sequence 1-10000000]");
            arguments.Number("--blocks", 1, 10000, n => Blocks = (int)n);
            arguments.Seed("--seed", n => Seed = n);
            arguments.Number("--seconds", 1, 3600, n => Seconds = (int)n);
            arguments.Flag("--report", () => Report.On = true);
            arguments.Number("--print-sequence", 1, 10000000, n => PrintSequence = (int)n);
            // As clap does for the Rust demo: --blocks is the default run's, --report the
            // timed run's.
            arguments.Apart("--blocks", "--seconds");
            arguments.Needs("--seconds", "--report");
            return arguments;
        }
    }
}
