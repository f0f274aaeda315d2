// The default run: both ways measured --repeat times, side by side.

using System;
using System.Collections.Generic;
using Workshop;

namespace Pool
{
    static class SideBySide
    {
        static readonly Table Table = new Table(28, 14, 11);

        public static void Run(Options options, int[] victims)
        {
            var repeat = options.Repeat;
            Report.EachMeasured("way", repeat);
            var live = options.Live;
            var handles = new List<Handle>(live);
            var boxes = Ways.Measure<BoxSlots>(BoxSlots.Empty, live, victims, repeat, handles);
            var pool = Ways.Measure<PoolSlots>(PoolSlots.Empty, live, victims, repeat, handles);
            Table.Row("", BoxSlots.Name, PoolSlots.Name);
            Table.Row("warm-up", Format.Duration(boxes.WarmUp), Format.Duration(pool.WarmUp));
            Table.Row("churn", Format.Duration(boxes.Churn), Format.Duration(pool.Churn));
            Table.Row("GC.Collect(), all alive", Format.Duration(boxes.Collect),
                Format.Duration(pool.Collect));
            Table.Row("collections gen0/1/2, churn", boxes.Collections.Short,
                pool.Collections.Short);
            Table.Row("allocated, churn", Format.Bytes(boxes.Allocated),
                Format.Bytes(pool.Allocated));
            Table.Row("slots at the end", Format.Count(boxes.Slots), Format.Count(pool.Slots));
            Console.WriteLine("Collections and bytes: the last run's (the first also compiles "
                + "the code).");
            Console.WriteLine();
            Console.WriteLine("The struct pool: warm-up " + Format.Speedup(boxes.WarmUp,
                pool.WarmUp) + ", churn " + Format.Speedup(boxes.Churn, pool.Churn) + ",");
            Console.WriteLine("a full collection with every particle alive " +
                Format.Speedup(boxes.Collect, pool.Collect) + ".");
            Console.WriteLine();
            Console.WriteLine(
                "new per object: a class instance per particle, its reference in a List\n" +
                "of slots with a generation each and a List<int> of free ones, as the\n" +
                "Rust demo's Box per object. Each insert allocates; each remove leaves\n" +
                "an object for the collector, and every full collection walks the live\n" +
                "ones. struct pool: the particles inline in one struct array (copied\n" +
                "whenever it doubles in the warm-up) and a List<int> of free ones; the\n" +
                "churn reuses them, allocating only the free list's first array.\n" +
                "Letting go of either pool takes no time; a later collection frees it.\n" +
                "(ObjectPool<T> and ArrayPool<T> are .NET's own pools, of objects and of\n" +
                "arrays.)");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare pool");
        }
    }
}
