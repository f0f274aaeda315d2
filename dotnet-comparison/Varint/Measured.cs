// One layout measured --repeat times: median times in Stopwatch ticks, the bytes from the
// first run (every run is the same), the counts from the last (the first also compiles the
// code).

using Workshop;

namespace Varint
{
    sealed class Measured
    {
        public long Bytes { get; set; }
        public long Encode { get; set; }
        public long Decode { get; set; }
        public Collections Collections { get; set; } // during encoding
        public long Allocated { get; set; } // bytes allocated during encoding (AllocatedBytes)
    }
}
