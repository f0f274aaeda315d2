// The two ways of building the tree, and one way built and dropped several times, measured
// (as crates/arena/src/ways.rs).

using System;
using System.Collections.Generic;
using System.Diagnostics;
using Workshop;

namespace Arena
{
    static class Ways
    {
        // Build-and-drop, `way`'s way: returns something of the tree, for the checksum. The
        // arena is allocated by the first build (as a Bump's chunks are), then reused.
        public static Func<long> BuildAndDrop(List<Spec> specs, Way way)
        {
            if (way == Way.PerNode)
            {
                var builder = new PerNodeBuilder(specs);
                return () => builder.Build().Children.Count; // the tree is garbage once built
            }
            ArenaTree tree = null;
            return () =>
            {
                tree = tree ?? new ArenaTree(specs);
                return tree.ChildCount(tree.Build());
            };
        }

        // Builds with `build` `repeat` times, dropping each tree, from a collected heap.
        public static Measured Measure(Func<long> build, int repeat)
        {
            var ticks = new long[repeat];
            Measures.CollectEverything();
            var before = Collections.Now();
            var allocated = AllocatedBytes.AllThreads();
            for (var i = 0; i < repeat; i++)
            {
                var began = Stopwatch.GetTimestamp();
                Checksum.Add(build());
                ticks[i] = Stopwatch.GetTimestamp() - began;
            }
            var allocatedAfter = AllocatedBytes.AllThreads();
            return new Measured(Measures.Median(ticks), Collections.Now() - before,
                allocated < 0 ? -1 : allocatedAfter - allocated);
        }
    }
}
