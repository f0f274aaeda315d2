// A bit per flag: BitArray, 32 to an int, as BitSet packs 64 to a u64.

using System.Collections;

namespace Bitset
{
    sealed class BitFlags : IFlags
    {
        public const string Name = "BitArray";

        readonly BitArray bits;
        readonly int[] words; // the count's copy of the bits: one buffer, reused by every set

        public BitFlags(BitArray bits, int[] words)
        {
            this.bits = bits;
            this.words = words;
        }

        public void Insert(int[] indexes)
        {
            var set = bits;
            foreach (var index in indexes)
            {
                set[index] = true;
            }
        }

        public int Hits(int[] indexes)
        {
            var set = bits;
            var hits = 0;
            foreach (var index in indexes)
            {
                if (set[index])
                {
                    hits++;
                }
            }
            return hits;
        }

        // BitArray's Count is its Length, and it cannot count its set bits: copy them out as
        // ints (the public way to its words), then count the bits of those.
        public int Count()
        {
            bits.CopyTo(words, 0);
            return BitCount.Of(words, Words(bits.Length));
        }

        public void Fill()
        {
            var set = bits;
            var length = set.Length;
            for (var i = 0; i < length; i++)
            {
                set[i] = true;
            }
        }

        // The ints that hold `flags` bits.
        public static int Words(int flags) => (int)(((long)flags + 31) / 32);
    }
}
