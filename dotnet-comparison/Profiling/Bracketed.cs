// Where the shipped program's bytes go, found as a .NET developer does where no profiler is
// at hand: each part of it bracketed by the allocated-bytes counter (AllocatedBytes: on .NET
// Core GC.GetTotalAllocatedBytes, on Mono GC.GetAllocatedBytesForCurrentThread), and after
// the first part the live heap, GC.GetTotalMemory(true), to see what it leaves behind.

using System;
using Workshop;

namespace Profiling
{
    static class Bracketed
    {
        static readonly Table Parts = new Table(22, 15, 16);

        public static void Run(string input)
        {
            Console.WriteLine("The shipped program, part by part (" + AllocatedBytes.How + "):");
            Parts.Row("part", "bytes allocated", "live after it");
            Measures.CollectEverything();
            var heapBefore = GC.GetTotalMemory(true);
            var before = AllocatedBytes.Now();
            var orders = ShippedReport.ReadOrders(input);
            var read = AllocatedBytes.Now() - before;
            Parts.Row("reading the orders", Format.Bytes(read),
                Format.Bytes(GC.GetTotalMemory(true) - heapBefore));
            before = AllocatedBytes.Now();
            var totals = ShippedReport.TotalsOf(orders);
            Parts.Row("adding up the totals", Format.Bytes(AllocatedBytes.Now() - before));
            before = AllocatedBytes.Now();
            var largest = ShippedReport.LargestOf(orders);
            Parts.Row("finding the largest", Format.Bytes(AllocatedBytes.Now() - before));
            before = AllocatedBytes.Now();
            var report = SalesReport.Assemble(orders.Count, totals.Values, largest);
            Parts.Row("assembling the report", Format.Bytes(AllocatedBytes.Now() - before));
            Checksum.Add(report.Regions.Count);
        }
    }
}
