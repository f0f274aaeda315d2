// The sizes the workload allocates, in the order it allocates them: each iteration's buffer,
// then its strings (as `Sizes` in crates/scoped-drops/src/workload.rs).

using Workshop;

namespace ScopedDrops
{
    sealed class Sizes
    {
        readonly SplitMix64 rng;
        long drawn;

        public Sizes(ulong seed) => rng = new SplitMix64(seed);

        public int Next()
        {
            var buffer = drawn % (1 + Workload.Strings) == 0;
            drawn++;
            return buffer ? (int)rng.InRange(Workload.MiB, 5 * Workload.MiB)
                : (int)rng.InRange(100, 1000);
        }
    }
}
