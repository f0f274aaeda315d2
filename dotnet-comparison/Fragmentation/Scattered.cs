// The default run: --blocks blocks, about one in four kept, scattered over the LOH; the heap
// measured as the loop leaves it, collected, and compacted.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime;
using Workshop;
using static System.FormattableString;

namespace Fragmentation
{
    static class Scattered
    {
        static readonly Table Table = new Table(17, 14, 11, 10, 9, 7);

        public static void Run(Options options)
        {
            var blocks = options.Blocks;
            var bytes = Format.Bytes((long)blocks * Workload.BlockBytes);
            var size = Format.Count(Workload.BlockBytes);
            Console.WriteLine($"{Format.Count(blocks)} blocks of {size} bytes ({bytes}), each "
                + "filled with its draw;");
            Console.WriteLine("a block is kept when its draw is a multiple of 4, the others "
                + Invariant($"dropped\nas they come (seed {options.Seed})."));
            Console.WriteLine();

            var stages = new List<Snapshot>();
            var process = Process.GetCurrentProcess();
            stages.Add(Snapshot.Take("before the loop", process, 0));
            var before = Collections.Now();
            var survivors = Workload.Allocate(new SplitMix64(options.Seed), blocks);
            var live = (long)survivors.Count * Workload.BlockBytes;
            stages.Add(Snapshot.Take("after the loop", process, live));
            var during = Collections.Now() - before;

            Measures.CollectEverything();
            stages.Add(Snapshot.Take("after GC.Collect", process, live));

            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
            var after = GCSettings.LargeObjectHeapCompactionMode;
            stages.Add(Snapshot.Take("after CompactOnce", process, live));
            GC.KeepAlive(survivors); // alive until the last measurement

            Table.Row("", "GetTotalMemory", "working set", "fragmented", "live", "ws/live");
            foreach (var stage in stages)
            {
                Table.Row(stage.Stage, Format.Bytes(stage.TotalMemory),
                    Format.Bytes(stage.WorkingSet),
                    stage.Fragmented >= 0 ? Format.Bytes(stage.Fragmented) : "n/a",
                    Format.Bytes(stage.Live), stage.Live > 0
                        ? Invariant($"{(double)stage.WorkingSet / stage.Live:F2}×") : "-");
            }
            Console.WriteLine();
            var kept = Format.Count(survivors.Count);
            Console.WriteLine($"Kept: {kept} blocks of {Format.Count(blocks)}.");
            Console.WriteLine($"Collections during the loop: {during}.");
            Console.WriteLine("fragmented: GC.GetGCMemoryInfo().FragmentedBytes, free space "
                + "inside the heap\nat the last collection (.NET Core 3.0 and later).");
            Console.WriteLine("GCSettings.LargeObjectHeapCompactionMode read back after the "
                + $"compacting\ncollection: {after}.");
            Console.WriteLine($"Working set given back by GC.Collect: {Given(stages[1], stages[2])}"
                + $"; by CompactOnce: {Given(stages[2], stages[3])}.");
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

        // `12.3 MiB`, or `none` when the working set did not shrink.
        static string Given(Snapshot before, Snapshot after)
        {
            var given = before.WorkingSet - after.WorkingSet;
            return given > 0 ? Format.Bytes(given) : "none";
        }
    }
}
