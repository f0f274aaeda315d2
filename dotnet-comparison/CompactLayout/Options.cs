// --orders, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the Rust demo.

using Workshop;

namespace CompactLayout
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Compact)
        {
        }

        public int Orders { get; private set; } = Workload.Count;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: CompactLayout [--orders 1-4000000] [--seed N] [--repeat 1-100]\n" +
                "                     [--seconds 1-3600 [--way naive|compact|columns]\n" +
                "                      [--report]]\n" +
                "                     [--print-sequence 1-10000000]");
            arguments.Number("--orders", 1, 4000000, n => Orders = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
