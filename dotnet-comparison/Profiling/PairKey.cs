// A (region, product) pair as where it lies in the input: two ranges, no string. A
// Dictionary keyed by it, with PairKeyComparer, looks a pair up without copying it (.NET 9's
// GetAlternateLookup does this for a string key; Mono and .NET Core 3.1 lack it).

namespace Profiling
{
    struct PairKey
    {
        public PairKey(int regionStart, int regionLength, int productStart, int productLength)
        {
            RegionStart = regionStart;
            RegionLength = regionLength;
            ProductStart = productStart;
            ProductLength = productLength;
        }

        public int RegionStart { get; }
        public int RegionLength { get; }
        public int ProductStart { get; }
        public int ProductLength { get; }
    }
}
