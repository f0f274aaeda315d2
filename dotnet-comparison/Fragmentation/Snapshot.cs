// The heap at one moment: what the default run prints per stage.

using System;
using System.Diagnostics;
using Workshop;

namespace Fragmentation
{
    sealed class Snapshot
    {
        Snapshot(string stage, Process process, long live)
        {
            Stage = stage;
            TotalMemory = GC.GetTotalMemory(false);
            WorkingSet = Measures.WorkingSet(process);
            Fragmented = FragmentedBytes();
            Live = live;
        }

        public string Stage { get; }
        public long TotalMemory { get; } // GC.GetTotalMemory(false)
        public long WorkingSet { get; }  // the process's resident memory
        public long Fragmented { get; }  // GC.GetGCMemoryInfo().FragmentedBytes, -1 where missing
        public long Live { get; }        // the kept blocks' bytes

        // The heap now, at `stage`, with `live` bytes kept.
        public static Snapshot Take(string stage, Process process, long live) =>
            new Snapshot(stage, process, live);

        // GC.GetGCMemoryInfo().FragmentedBytes, reached by reflection (.NET Core 3.0 and
        // later; Mono lacks it): -1 where it is missing.
        static long FragmentedBytes()
        {
            var info = typeof(GC).GetMethod("GetGCMemoryInfo", Type.EmptyTypes);
            if (info == null)
            {
                return -1;
            }
            var memory = info.Invoke(null, null);
            var fragmented = memory.GetType().GetProperty("FragmentedBytes");
            return fragmented == null ? -1 : (long)fragmented.GetValue(memory, null);
        }
    }
}
