// The warm-up, the churn and the check, written once for either pool (as warm_up and churn
// in crates/pool/src/slots.rs).

using System.Collections.Generic;
using Workshop;

namespace Pool
{
    static class Slots
    {
        // Fills `pool` with `live` particles, their handles in `handles` (cleared first).
        public static void WarmUp<TSlots>(TSlots pool, List<Handle> handles, int live)
            where TSlots : struct, ISlots
        {
            handles.Clear();
            for (var id = 0; id < live; id++)
            {
                handles.Add(pool.Put(new Particle(id)));
            }
        }

        // One cycle per victim: the particle at that position of `handles` removed (the last
        // handle moves into its place), a new one inserted and its handle appended. Returns
        // the removed particles' ids, summed.
        public static long Churn<TSlots>(TSlots pool, List<Handle> handles, int[] victims)
            where TSlots : struct, ISlots
        {
            long firstId = handles.Count, gone = 0;
            for (var cycle = 0; cycle < victims.Length; cycle++)
            {
                if (pool.Take(Workload.SwapRemove(handles, victims[cycle]), out var removed))
                {
                    gone += removed.Id;
                }
                handles.Add(pool.Put(new Particle(firstId + cycle)));
            }
            return gone;
        }

        // After the churn: `live` particles held, every handle finds its own, and a handle
        // whose particle is removed is refused, also once its slot holds a new one. Throws a
        // DemoException if not.
        public static void Check<TSlots>(TSlots pool, List<Handle> handles, int live)
            where TSlots : struct, ISlots
        {
            var good = pool.Count == live && handles.Count == live;
            for (var i = 0; good && i < handles.Count; i++)
            {
                good = pool.Holds(handles[i]);
            }
            if (good)
            {
                var gone = handles[handles.Count - 1];
                good = pool.Take(gone, out _) && !pool.Holds(gone) && !pool.Take(gone, out _);
                var next = pool.Put(new Particle(-1));
                good = good && pool.Holds(next) && !pool.Holds(gone) && pool.Count == live;
                handles[handles.Count - 1] = next;
            }
            if (!good)
            {
                throw new DemoException("the pool lost track of its particles");
            }
        }
    }
}
