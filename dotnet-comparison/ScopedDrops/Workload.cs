// One worker iteration, and the main thread's spike: crates/scoped-drops/src/workload.rs, size
// for size.

using Workshop;

namespace ScopedDrops
{
    static class Workload
    {
        public const int MiB = 1024 * 1024;
        public const int Strings = 1000; // per iteration
        public const int LargeEvery = 20, LargeCount = 5, LargeSize = 10 * MiB;
        public const int SpikeSize = 50 * MiB, SpikeEverySeconds = 3, MaxRetainedSpikes = 6;

        // One iteration: the same sizes as the Rust demo's, every byte of the buffers written.
        public static long Iteration(Sizes sizes, long index)
        {
            var buffer = Buffers.Filled(sizes.Next(), 0xA5);
            var strings = new string[Strings];
            long sum = buffer[buffer.Length / 2];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = new string('x', sizes.Next());
                sum += strings[i].Length;
            }
            if (index % LargeEvery == LargeEvery - 1)
            {
                for (var i = 0; i < LargeCount; i++)
                {
                    var large = Buffers.Filled(LargeSize, 0x5A);
                    sum += large[large.Length - 1];
                }
            }
            return sum; // everything above is garbage now, until a collection finds it
        }

        // A spike: SpikeSize bytes, every one written.
        public static byte[] Spike() => Buffers.Filled(SpikeSize, 0x3C);
    }
}
