// The timed run: a new pool, the warm-up, the churn and letting go, again and again for
// --seconds, with a line per second (Shared/Timed.cs), as crates/pool/src/timed.rs.

using System;
using System.Collections.Generic;
using Workshop;
using static System.FormattableString;

namespace Pool
{
    static class Timed
    {
        public static void Run(Options options, int[] victims)
        {
            Console.WriteLine("A new pool, the warm-up, the churn and letting go, again and "
                + Invariant($"again for {options.Seconds} s:"));
            Console.WriteLine(options.Way == Way.Boxes
                ? "a class instance per particle, its reference in a slot."
                : "the particles inline in one struct array, free slots reused.");
            Console.WriteLine();
            var handles = new List<Handle>(options.Live);
            Checksum.Add(options.Way == Way.Boxes
                ? Rounds<BoxSlots>(BoxSlots.Empty, options, victims, handles)
                : Rounds<PoolSlots>(PoolSlots.Empty, options, victims, handles));
        }

        static long Rounds<TSlots>(Func<TSlots> empty, Options options, int[] victims,
            List<Handle> handles) where TSlots : struct, ISlots
        {
            var live = options.Live;
            return Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                var pool = empty();
                Slots.WarmUp(pool, handles, live);
                return Slots.Churn(pool, handles, victims);
            });
        }
    }
}
