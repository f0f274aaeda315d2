// The garbage collections per generation: those so far (Now), or those between two moments
// (`Collections.Now() - before`).

using System;
using static System.FormattableString;

namespace Workshop
{
    public struct Collections
    {
        public Collections(int gen0, int gen1, int gen2)
        {
            Gen0 = gen0;
            Gen1 = gen1;
            Gen2 = gen2;
        }

        public int Gen0 { get; }
        public int Gen1 { get; }
        public int Gen2 { get; }

        // `2/0/0`, as a table's cell.
        public string Short => Invariant($"{Gen0}/{Gen1}/{Gen2}");

        public static Collections Now() =>
            new Collections(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

        public static Collections operator -(Collections later, Collections earlier) =>
            new Collections(later.Gen0 - earlier.Gen0, later.Gen1 - earlier.Gen1,
                later.Gen2 - earlier.Gen2);

        // `gen0 2, gen1 0, gen2 0`.
        public override string ToString() =>
            Invariant($"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}");
    }
}
