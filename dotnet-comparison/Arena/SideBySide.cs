// The default run: both ways built and dropped --repeat times, side by side.

using System;
using System.Collections.Generic;
using Workshop;
using static System.FormattableString;

namespace Arena
{
    static class SideBySide
    {
        static readonly Table Table = new Table(20, 15, 14);

        public static void Run(List<Spec> specs, int repeat)
        {
            Console.WriteLine(Invariant(
                $"Built and dropped {repeat} times each way; build times are medians."));
            Console.WriteLine();
            var perNode = Ways.Measure(Ways.BuildAndDrop(specs, Way.PerNode), repeat);
            var arena = Ways.Measure(Ways.BuildAndDrop(specs, Way.Arena), repeat);
            Table.Row("", "object per node", "struct array");
            Table.Row("build (median)", Format.Duration(perNode.MedianTicks),
                Format.Duration(arena.MedianTicks));
            Table.Row("collections gen0/1/2", perNode.Collections.Short, arena.Collections.Short);
            Table.Row(Invariant($"allocated, {repeat} {(repeat == 1 ? "build" : "builds")}"),
                perNode.AllocatedText, arena.AllocatedText);
            Console.WriteLine();
            Console.WriteLine("The struct array builds the tree " +
                Format.Speedup(perNode.MedianTicks, arena.MedianTicks) + ".");
            if (arena.Allocated < 0)
            {
                Console.WriteLine("n/a: this runtime cannot count allocated bytes.");
            }
            Console.WriteLine();
            Console.WriteLine(
                "Object per node: a Node, its label and a List<Node> (and the list's\n" +
                "array, if it has children). Dropping is letting go of the root: no\n" +
                "time then; a later collection frees it (counted above if it ran\n" +
                "during these builds). Struct array: the first build allocates three\n" +
                "arrays (nodes, child indices, label text); the others overwrite them.");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare arena");
        }
    }
}
