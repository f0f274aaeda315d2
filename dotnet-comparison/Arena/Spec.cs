// One node as it arrives from outside: its label and how many children follow it. A tree is
// a list of these in pre-order (`Spec` in exercises/arena/src/given.rs).

using static System.FormattableString;

namespace Arena
{
    sealed class Spec
    {
        public Spec(string label, int children)
        {
            Label = label;
            Children = children;
        }

        public string Label { get; }
        public int Children { get; }

        // `{children} {label}`, as --print-sequence prints it on both sides.
        public override string ToString() => Invariant($"{Children} {Label}");
    }
}
