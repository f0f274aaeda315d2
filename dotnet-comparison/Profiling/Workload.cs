// The orders every program reports on: exercises/profiling/src/workload.rs, draw for draw,
// as one string (File.ReadAllText gives one).

using System.Text;
using Workshop;
using static System.FormattableString;

namespace Profiling
{
    static class Workload
    {
        public const ulong Seed = 42;
        public const int Orders = 200000;

        static readonly string[] Regions =
            { "north", "south", "east", "west", "central", "islands", "online", "export" };
        static readonly string[] Kinds = { "widget", "gadget", "gizmo", "doohickey", "sprocket" };
        const ulong PerKind = 80;
        const ulong Customers = 20000;

        // The order line of one draw, without its newline (workload::line).
        public static string Line(ulong id, ulong draw) =>
            Invariant($"{id},c{(draw >> 8) % Customers:D5},{Regions[(draw >> 24) % 8]},")
            + Invariant($"{Kinds[draw % 5]}-{(draw >> 32) % PerKind:D3},")
            + Invariant($"{1 + (draw >> 40) % 20},{199 + (draw >> 48) % 49801}");

        // `count` order lines from `seed`, ids from 1,000,000, each ended by a newline
        // (workload::orders).
        public static string Text(ulong seed, int count)
        {
            var draws = new SplitMix64(seed);
            var text = new StringBuilder(count * 48);
            for (var i = 0; i < count; i++)
            {
                text.Append(Line(1000000 + (ulong)i, draws.NextU64())).Append('\n');
            }
            return text.ToString();
        }
    }
}
