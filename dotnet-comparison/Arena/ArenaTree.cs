// .NET's arena: every node a struct in one array, children as int indices in another, every
// label in one char array. Allocated once; each build overwrites the last.

using System.Collections.Generic;

namespace Arena
{
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
            foreach (var spec in specs)
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

        public int ChildCount(int node) => nodes[node].ChildCount;

        int Add()
        {
            var spec = specs[next++];
            var index = nodeCount++;
            var label = spec.Label;
            label.CopyTo(0, text, textLength, label.Length);
            var node = new NodeData
            {
                LabelStart = textLength,
                LabelLength = label.Length,
                FirstChild = childCount,
                ChildCount = spec.Children,
            };
            nodes[index] = node;
            textLength += label.Length;
            childCount += spec.Children;
            for (var i = 0; i < spec.Children; i++)
            {
                children[node.FirstChild + i] = Add();
            }
            return index;
        }
    }
}
