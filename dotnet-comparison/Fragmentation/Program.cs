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
// live) (Scattered.cs). --seconds N runs the rounds `workshop compare fragmentation` runs, the
// Rust demo the same ones: 256 blocks per round from one generator for the whole run, the
// blocks a round keeps replacing the previous round's survivors (which die then); a line per
// second, and with --report the `@name value` lines `workshop compare` reads (Timed.cs).
//
// What it measured, on both runtimes, with the machine: docs/src/runs/fragmentation-coreclr.txt
// and fragmentation-mono.txt (`just record coreclr fragmentation`, `just record mono …`).
// In short: CompactOnce gives the LOH's free space back on CoreCLR; Mono's SGen never moves a
// large object (its large-object space returns a 1 MiB section only once it is empty), so the
// setting changes nothing there, and reads back as set.

using Workshop;

namespace Fragmentation
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
                    Sequence.Print(Workload.Lines(options.Seed, options.PrintSequence));
                    return;
                }
                Report.Title("Heap fragmentation");
                if (options.Seconds > 0)
                {
                    Timed.Run(options);
                }
                else
                {
                    Scattered.Run(options);
                }
            });
        }
    }
}
