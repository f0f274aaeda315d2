// The .NET twin of crates/arena: the same seeded tree of 100,000 nodes, built and dropped two
// ways. per-node: an object per node (a Node, its label, a List<Node>), as C# is usually
// written. arena: .NET's arena, one struct array of nodes with int child indices and one char
// array of label text, allocated once and overwritten by every build. The tree comes from
// SplitMix64 with the same seed as the Rust demo (--print-sequence N prints its first N nodes,
// on both sides).
//
// By default both ways are built and dropped --repeat times, side by side: median build time,
// collections per generation, bytes allocated. --seconds N builds one way (--tree) for N
// seconds with a line per second; --report adds the `@name value` lines `workshop compare`
// reads.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Workshop;

namespace Arena
{
    // One node as it arrives from outside: its label and how many children follow it. A tree
    // is a list of these in pre-order (`Spec` in exercises/arena/src/given.rs).
    sealed class Spec
    {
        public readonly string Label;
        public readonly int Children;

        public Spec(string label, int children)
        {
            Label = label;
            Children = children;
        }
    }

    // The tree every side builds: exercises/arena/src/workload.rs, draw for draw.
    static class Workload
    {
        public const int Nodes = 100000;
        public const ulong Seed = 42;
        const ulong MaxChildren = 4;

        static readonly string[] Kinds =
            { "section", "heading", "paragraph", "list", "item", "table", "cell", "link" };

        // A random tree of exactly `nodes` nodes (at least 1), in pre-order.
        public static List<Spec> Specs(ulong seed, int nodes)
        {
            SplitMix64 rng = new SplitMix64(seed);
            List<Spec> specs = new List<Spec>(Math.Max(nodes, 1));
            Subtree(rng, (ulong)Math.Max(nodes, 1), specs);
            return specs;
        }

        // Appends a subtree of `size` nodes: 1 to 4 children (none when size is 1), the other
        // size - 1 nodes split at random between their subtrees.
        static void Subtree(SplitMix64 rng, ulong size, List<Spec> specs)
        {
            string kind = Kinds[(int)rng.InRange(0, (ulong)Kinds.Length - 1)];
            string label = kind + " " + specs.Count.ToString(CultureInfo.InvariantCulture);
            ulong rest = size - 1;
            ulong children = rest == 0 ? 0 : rng.InRange(1, Math.Min(MaxChildren, rest));
            specs.Add(new Spec(label, (int)children));
            for (ulong child = 0; child < children; child++)
            {
                ulong after = children - 1 - child; // each later child needs at least one node
                ulong nodes = after == 0 ? rest : rng.InRange(1, rest - after);
                Subtree(rng, nodes, specs);
                rest -= nodes;
            }
        }
    }

    // A node that owns its label and its children: the Rust demo's BoxNode, in C#.
    sealed class Node
    {
        public readonly string Label;
        public readonly List<Node> Children;

        public Node(string label, List<Node> children)
        {
            Label = label;
            Children = children;
        }
    }

    // Builds the tree an object per node. Dropping it is letting go of the root: no work now,
    // a later collection finds it dead.
    sealed class PerNodeBuilder
    {
        readonly List<Spec> specs;
        readonly char[] scratch;
        int next;

        public PerNodeBuilder(List<Spec> specs)
        {
            this.specs = specs;
            int longest = 0;
            foreach (Spec spec in specs)
            {
                longest = Math.Max(longest, spec.Label.Length);
            }
            scratch = new char[longest];
        }

        public Node Build()
        {
            next = 0;
            return Add();
        }

        Node Add()
        {
            Spec spec = specs[next++];
            List<Node> children = new List<Node>(spec.Children);
            for (int i = 0; i < spec.Children; i++)
            {
                children.Add(Add());
            }
            // The node owns its own copy of the label, as the Rust side's clones it (and as
            // a parser makes a string per node): one string per node.
            string label = spec.Label;
            label.CopyTo(0, scratch, 0, label.Length);
            return new Node(new string(scratch, 0, label.Length), children);
        }
    }

    // .NET's arena: every node a struct in one array, children as int indices in another,
    // every label in one char array. Allocated once; each build overwrites the last.
    sealed class ArenaTree
    {
        struct NodeData
        {
            public int LabelStart;
            public int LabelLength;
            public int FirstChild; // in `children`
            public int ChildCount;
        }

        readonly List<Spec> specs;
        readonly NodeData[] nodes;
        readonly int[] children;
        readonly char[] text;
        int nodeCount, childCount, textLength, next;

        public ArenaTree(List<Spec> specs)
        {
            this.specs = specs;
            int childSlots = 0, chars = 0;
            foreach (Spec spec in specs)
            {
                childSlots += spec.Children;
                chars += spec.Label.Length;
            }
            nodes = new NodeData[specs.Count];
            children = new int[childSlots];
            text = new char[chars];
        }

        // Builds the tree over the last one (nothing is cleared: every slot the new tree uses
        // is written, as after Bump::reset) and returns the root's index.
        public int Build()
        {
            nodeCount = childCount = textLength = next = 0;
            return Add();
        }

        public int ChildCount(int node)
        {
            return nodes[node].ChildCount;
        }

        int Add()
        {
            Spec spec = specs[next++];
            int index = nodeCount++;
            string label = spec.Label;
            label.CopyTo(0, text, textLength, label.Length);
            NodeData node = new NodeData();
            node.LabelStart = textLength;
            node.LabelLength = label.Length;
            node.FirstChild = childCount;
            node.ChildCount = spec.Children;
            nodes[index] = node;
            textLength += label.Length;
            childCount += spec.Children;
            for (int i = 0; i < spec.Children; i++)
            {
                children[node.FirstChild + i] = Add();
            }
            return index;
        }
    }

    // One way of building the tree, built and dropped --repeat times.
    sealed class Measured
    {
        public long MedianTicks; // Stopwatch ticks
        public int Gen0, Gen1, Gen2;
        public long Allocated;   // -1 where the runtime cannot tell
    }

    static class Program
    {
        static long checksum; // every build adds to it, so no build is optimised away

        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The demo, its arguments taken: the tree's first nodes, or its builds measured.
        static void Demo(Options options)
        {
            List<Spec> specs = Workload.Specs(options.Seed, options.Size);
            if (options.PrintSequence > 0)
            {
                PrintSequence(specs, options.PrintSequence);
                return;
            }
            Report.Title("Arenas");
            Console.WriteLine(Format("The tree: {0} nodes, seed {1}, labels like \"{2}\".",
                Measures.Count(specs.Count), options.Seed, specs[0].Label));
            if (options.Seconds > 0)
            {
                Timed(specs, options);
            }
            else
            {
                SideBySide(specs, options.Repeat);
            }
            GC.KeepAlive(checksum);
        }

        // `{children} {label}` per line, as the Rust demo prints them.
        static void PrintSequence(List<Spec> specs, int count)
        {
            StreamWriter output = Sequence.Output();
            for (int i = 0; i < Math.Min(count, specs.Count); i++)
            {
                output.WriteLine(specs[i].Children.ToString(CultureInfo.InvariantCulture) + " "
                    + specs[i].Label);
            }
            output.Flush();
        }

        // Build-and-drop, one way: returns something of the tree, for the checksum. The arena
        // is allocated by the first build (as a Bump's chunks are), then reused.
        static Func<long> Way(List<Spec> specs, bool arena)
        {
            if (!arena)
            {
                PerNodeBuilder builder = new PerNodeBuilder(specs);
                return () => builder.Build().Children.Count; // the tree is garbage once built
            }
            ArenaTree tree = null;
            return () =>
            {
                if (tree == null)
                {
                    tree = new ArenaTree(specs);
                }
                return tree.ChildCount(tree.Build());
            };
        }

        static void SideBySide(List<Spec> specs, int repeat)
        {
            Console.WriteLine(Format("Built and dropped {0} times each way; build times are "
                + "medians.", repeat));
            Console.WriteLine();
            Measured perNode = Measure(Way(specs, false), repeat);
            Measured arena = Measure(Way(specs, true), repeat);
            Console.WriteLine("                        object per node    struct array");
            Console.WriteLine(Format("  {0,-20}  {1,15}  {2,14}", "build (median)",
                Measures.Duration(perNode.MedianTicks),
                Measures.Duration(arena.MedianTicks)));
            Console.WriteLine(Format("  {0,-20}  {1,15}  {2,14}", "collections gen0/1/2",
                Generations(perNode), Generations(arena)));
            Console.WriteLine(Format("  {0,-20}  {1,15}  {2,14}",
                "allocated, " + repeat + (repeat == 1 ? " build" : " builds"),
                AllocatedText(perNode.Allocated), AllocatedText(arena.Allocated)));
            Console.WriteLine();
            Console.WriteLine("The struct array builds the tree " +
                Measures.Speedup(perNode.MedianTicks, arena.MedianTicks) + ".");
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

        // Builds with `build` `repeat` times, dropping each tree, from a collected heap.
        static Measured Measure(Func<long> build, int repeat)
        {
            long[] ticks = new long[repeat];
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1);
            int gen2 = GC.CollectionCount(2);
            long allocated = Measures.TotalAllocatedBytes();
            for (int i = 0; i < repeat; i++)
            {
                long began = Stopwatch.GetTimestamp();
                checksum += build();
                ticks[i] = Stopwatch.GetTimestamp() - began;
            }
            long allocatedAfter = Measures.TotalAllocatedBytes();
            Measured measured = new Measured();
            measured.Gen0 = GC.CollectionCount(0) - gen0;
            measured.Gen1 = GC.CollectionCount(1) - gen1;
            measured.Gen2 = GC.CollectionCount(2) - gen2;
            measured.Allocated = allocated < 0 ? -1 : allocatedAfter - allocated;
            Array.Sort(ticks);
            measured.MedianTicks = ticks[(repeat - 1) / 2]; // the lower middle, as in Rust
            return measured;
        }

        static void Timed(List<Spec> specs, Options options)
        {
            Console.WriteLine(Format("Built and dropped, again and again for {0} s:",
                options.Seconds));
            Console.WriteLine(options.Arena
                ? "in one struct array with int child indices, overwritten by each build."
                : "an object per node (a Node, a string, a List<Node>).");
            Console.WriteLine();
            checksum += Workshop.Timed.Run(options.Seconds, "build", "builds",
                Way(specs, options.Arena));
        }

        static string AllocatedText(long allocated)
        {
            return allocated >= 0 ? Measures.Bytes(allocated) : "n/a";
        }

        static string Generations(Measured measured)
        {
            return measured.Gen0 + "/" + measured.Gen1 + "/" + measured.Gen2;
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }

    // --size, --seed, --repeat, --seconds, --tree, --report, --print-sequence: as the Rust demo.
    sealed class Options : RunOptions
    {
        public int Size = Workload.Nodes;
        public bool Arena = true;

        public Options() : base(Workload.Seed, 7)
        {
        }

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments(
                "usage: Arena [--size 1-1000000] [--seed N] [--repeat 1-100]\n" +
                "             [--seconds 1-3600 [--tree per-node|arena] [--report]]\n" +
                "             [--print-sequence 1-1000000]");
            arguments.Number("--size", 1, 1000000, n => Size = (int)n);
            DeclareRuns(arguments, 1000000, "--tree", way => Arena = way == "arena",
                "per-node", "arena");
            return arguments;
        }
    }
}
