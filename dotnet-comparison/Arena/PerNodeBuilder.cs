// Builds the tree an object per node. Dropping it is letting go of the root: no work now, a
// later collection finds it dead.

using System;
using System.Collections.Generic;

namespace Arena
{
    sealed class PerNodeBuilder
    {
        readonly List<Spec> specs;
        readonly char[] scratch;
        int next;

        public PerNodeBuilder(List<Spec> specs)
        {
            this.specs = specs;
            var longest = 0;
            foreach (var spec in specs)
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
            var spec = specs[next++];
            var children = new List<Node>(spec.Children);
            for (var i = 0; i < spec.Children; i++)
            {
                children.Add(Add());
            }
            // The node owns its own copy of the label, as the Rust side's clones it (and as
            // a parser makes a string per node): one string per node.
            var label = spec.Label;
            label.CopyTo(0, scratch, 0, label.Length);
            return new Node(new string(scratch, 0, label.Length), children);
        }
    }
}
