// One kind of set measured --repeat times: its heap and its counts from the first run (every
// run is the same), median times in Stopwatch ticks.

namespace Bitset
{
    sealed class Measured
    {
        public long HeapBytes { get; set; }
        public int Held { get; set; } // distinct indexes after the inserts
        public int Hits { get; set; } // lookups that found their index
        public long Insert { get; set; }
        public long Lookup { get; set; }
        public long Count { get; set; }
        public long Fill { get; set; }
    }
}
