// The tree every side builds: exercises/arena/src/workload.rs, draw for draw.

using System;
using System.Collections.Generic;
using System.Globalization;
using Workshop;

namespace Arena
{
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
            var specs = new List<Spec>(Math.Max(nodes, 1));
            Subtree(new SplitMix64(seed), (ulong)Math.Max(nodes, 1), specs);
            return specs;
        }

        // Appends a subtree of `size` nodes: 1 to 4 children (none when size is 1), the other
        // size - 1 nodes split at random between their subtrees.
        static void Subtree(SplitMix64 rng, ulong size, List<Spec> specs)
        {
            var kind = Kinds[(int)rng.InRange(0, (ulong)Kinds.Length - 1)];
            var label = kind + " " + specs.Count.ToString(CultureInfo.InvariantCulture);
            var rest = size - 1;
            var children = rest == 0 ? 0 : rng.InRange(1, Math.Min(MaxChildren, rest));
            specs.Add(new Spec(label, (int)children));
            for (ulong child = 0; child < children; child++)
            {
                var after = children - 1 - child; // each later child needs at least one node
                var nodes = after == 0 ? rest : rng.InRange(1, rest - after);
                Subtree(rng, nodes, specs);
                rest -= nodes;
            }
        }
    }
}
