// A byte per flag: bool[], as Vec<bool> (BoolSet) is.

namespace Bitset
{
    sealed class ByteFlags : IFlags
    {
        public const string Name = "bool[]";

        readonly bool[] flags;

        public ByteFlags(bool[] flags) => this.flags = flags;

        public void Insert(int[] indexes)
        {
            var set = flags;
            foreach (var index in indexes)
            {
                set[index] = true;
            }
        }

        public int Hits(int[] indexes)
        {
            var set = flags;
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

        // A look at every byte.
        public int Count()
        {
            var set = flags;
            var count = 0;
            for (var i = 0; i < set.Length; i++)
            {
                if (set[i])
                {
                    count++;
                }
            }
            return count;
        }

        public void Fill()
        {
            var set = flags;
            for (var i = 0; i < set.Length; i++)
            {
                set[i] = true;
            }
        }
    }
}
