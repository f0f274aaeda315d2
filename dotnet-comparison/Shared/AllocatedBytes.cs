// The bytes allocated so far, read as exactly as the runtime allows, the Large Object Heap
// included: GC.GetTotalAllocatedBytes(true) (.NET Core 3.0 and later, reached by reflection;
// its per-thread count leaves out the Large Object Heap there), else
// GC.GetAllocatedBytesForCurrentThread() (Mono, which counts large objects in it), else
// GC.GetTotalMemory(true). Read it before and after: the difference is what was allocated.

using System;

namespace Workshop
{
    public static class AllocatedBytes
    {
        static readonly Func<bool, long> totalAllocated = Find<Func<bool, long>>(
            "GetTotalAllocatedBytes", typeof(bool));
        static readonly Func<long> threadAllocated = Find<Func<long>>(
            "GetAllocatedBytesForCurrentThread");

        // How they are read, for the output.
        public static string How =>
            totalAllocated != null ? "GC.GetTotalAllocatedBytes(true)"
            : threadAllocated != null ? "GC.GetAllocatedBytesForCurrentThread()"
            : "GC.GetTotalMemory(true)";

        public static long Now() =>
            totalAllocated != null ? totalAllocated(true)
            : threadAllocated != null ? threadAllocated()
            : GC.GetTotalMemory(true);

        // Every thread's allocations, exactly (GC.GetTotalAllocatedBytes(true)), or -1 where
        // the runtime cannot tell (Mono): for runs whose work is not all on one thread.
        public static long AllThreads() => totalAllocated != null ? totalAllocated(true) : -1;

        static T Find<T>(string name, params Type[] parameters) where T : class
        {
            var method = typeof(GC).GetMethod(name, parameters);
            return method == null ? null : Delegate.CreateDelegate(typeof(T), method) as T;
        }
    }
}
