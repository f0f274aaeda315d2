// A node that owns its label and its children: the Rust demo's BoxNode, in C#.

using System.Collections.Generic;

namespace Arena
{
    sealed class Node
    {
        public Node(string label, List<Node> children)
        {
            Label = label;
            Children = children;
        }

        public string Label { get; }
        public List<Node> Children { get; }
    }
}
