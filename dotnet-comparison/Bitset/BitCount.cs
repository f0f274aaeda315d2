// Counts the set bits of ints: with System.Numerics.BitOperations.PopCount (.NET Core 3.0 and
// later, reached by reflection, 64 bits a call), else a portable loop (Mono's class library
// has no BitOperations).

using System;

namespace Bitset
{
    static class BitCount
    {
        static readonly Func<ulong, int> popCount = Find();

        // How the bits are counted here, for the output.
        public static string How => popCount != null ? "BitOperations.PopCount on each 64 bits"
            : "a portable bit count (no BitOperations here)";

        // The set bits of the first `count` ints of `words`.
        public static int Of(int[] words, int count)
        {
            long bits = 0;
            var pop = popCount;
            if (pop != null)
            {
                var i = 0;
                for (; i + 1 < count; i += 2)
                {
                    bits += pop(((ulong)(uint)words[i + 1] << 32) | (uint)words[i]);
                }
                if (i < count)
                {
                    bits += pop((uint)words[i]);
                }
                return (int)bits;
            }
            for (var i = 0; i < count; i++)
            {
                // Bits counted in pairs, nibbles, bytes, then the bytes summed.
                var x = (uint)words[i];
                x -= (x >> 1) & 0x55555555u;
                x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
                x = (x + (x >> 4)) & 0x0F0F0F0Fu;
                bits += (x * 0x01010101u) >> 24;
            }
            return (int)bits;
        }

        static Func<ulong, int> Find()
        {
            var type = typeof(object).Assembly.GetType("System.Numerics.BitOperations");
            var method = type?.GetMethod("PopCount", new[] { typeof(ulong) });
            return method == null ? null
                : (Func<ulong, int>)Delegate.CreateDelegate(typeof(Func<ulong, int>), method);
        }
    }
}
