// --flags, --touches, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the
// Rust demo.

using Workshop;

namespace Bitset
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Bits)
        {
        }

        public int Flags { get; private set; } = Workload.Flags;
        public int Touches { get; private set; } = Workload.Touches;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Bitset [--flags 1-100000000] [--touches 1-10000000] [--seed N]\n" +
                "              [--repeat 1-100]\n" +
                "              [--seconds 1-3600 [--way bytes|bits] [--report]]\n" +
                "              [--print-sequence 1-10000000]");
            arguments.Number("--flags", 1, 100000000, n => Flags = (int)n);
            arguments.Number("--touches", 1, 10000000, n => Touches = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
