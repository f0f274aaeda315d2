// The orders every side makes: exercises/compact-layout/src/workload.rs, draw for draw.

using Workshop;

namespace CompactLayout
{
    static class Workload
    {
        public const ulong Seed = 42;
        public const int Count = 1000000;

        public static readonly string[] Carriers = { "DHL", "UPS", "FedEx", "PostNL" };
        public static readonly string[] Countries = { "DE", "FR", "NL", "GB", "US", "PL", "ES", "IT" };
        public static readonly string[] Notes =
        {
            "Leave it at the door",
            "Call before delivery",
            "Gift: no prices on the slip, please",
            "Deliver after 5 pm",
        };

        // `count` orders' fields from `seed`, numbered from 1: one draw each.
        public static Fields[] Orders(ulong seed, int count)
        {
            var draws = new SplitMix64(seed);
            var orders = new Fields[count];
            for (var i = 0; i < count; i++)
            {
                orders[i] = FromDraw((ulong)i + 1, draws.NextU64());
            }
            return orders;
        }

        // The order numbered `id`, made from one draw.
        static Fields FromDraw(ulong id, ulong draw)
        {
            var status = (Status)(draw % 5);
            var shipped = status == Status.Shipped || status == Status.Delivered;
            var noteIndex = (draw >> 5) % 40;
            return new Fields(
                id,
                (draw >> 11) % 4 != 0 ? (draw >> 13) % 100000 + 1 : (ulong?)null,
                status,
                shipped ? (int)((draw >> 3) % (ulong)Carriers.Length) : (int?)null,
                (uint)((draw >> 30) % 20) + 1,
                (draw >> 35) % 50000 + 99,
                (draw >> 52) % 8 == 0,
                (draw >> 55) % 4 == 0,
                Countries[(int)((draw >> 58) % 8)],
                noteIndex < 4 ? Notes[noteIndex] : "");
        }
    }
}
