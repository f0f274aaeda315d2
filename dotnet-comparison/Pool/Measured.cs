// One way measured --repeat times: median times in Stopwatch ticks, the counts from the last
// run (the first also compiles the code).

using Workshop;

namespace Pool
{
    sealed class Measured
    {
        public long WarmUp { get; set; }
        public long Churn { get; set; }
        public long Collect { get; set; }
        public Collections Collections { get; set; } // during the churn
        // Bytes allocated during the churn, by this thread, which runs it:
        // GC.GetAllocatedBytesForCurrentThread(), exact and itself allocation-free on Mono and
        // .NET Core alike. (AllocatedBytes.AllThreads() is n/a on Mono.)
        public long Allocated { get; set; }
        public int Slots { get; set; }
    }
}
