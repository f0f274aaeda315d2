// The options of a twin that measures ways, besides RunOptions', as measure::demo::Repeat and
// Flags' --way are a Rust demo's: --repeat, how many times the default run measures each way
// side by side, and --way, the way the timed run runs. TWay is an enum of the ways, each
// named on the command line as clap names a ValueEnum's variants (PerNode: `per-node`).

using System;
using System.Text.RegularExpressions;

namespace Workshop
{
    public abstract class WayOptions<TWay> : RunOptions where TWay : struct
    {
        protected WayOptions(ulong seed, int repeat, TWay way) : base(seed)
        {
            Repeat = repeat;
            Way = way;
        }

        public int Repeat { get; private set; }
        public TWay Way { get; private set; }

        // Declares --repeat and --way in `arguments`, then RunOptions' (--print-sequence up to
        // `printMost`): --repeat apart from --seconds, --way needing it.
        protected void DeclareWays(Arguments arguments, long printMost)
        {
            var ways = (TWay[])Enum.GetValues(typeof(TWay));
            var names = Array.ConvertAll(ways, way => KebabCase(way.ToString()));
            arguments.Number("--repeat", 1, 100, n => Repeat = (int)n);
            arguments.Choice("--way", name => Way = ways[Array.IndexOf(names, name)], names);
            DeclareRuns(arguments, printMost, "--repeat", "--way");
        }

        // `PerNode`: `per-node`.
        static string KebabCase(string name) =>
            Regex.Replace(name, "(?<!^)([A-Z])", "-$1").ToLowerInvariant();
    }
}
