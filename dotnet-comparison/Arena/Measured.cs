// One way of building the tree, built and dropped --repeat times: its median build time,
// and the collections and bytes allocated over all the builds.

using Workshop;

namespace Arena
{
    sealed class Measured
    {
        public Measured(long medianTicks, Collections collections, long allocated)
        {
            MedianTicks = medianTicks;
            Collections = collections;
            Allocated = allocated;
        }

        public long MedianTicks { get; }        // Stopwatch ticks
        public Collections Collections { get; }
        public long Allocated { get; }          // -1 where the runtime cannot tell

        // The bytes allocated, or `n/a`.
        public string AllocatedText => Allocated >= 0 ? Format.Bytes(Allocated) : "n/a";
    }
}
