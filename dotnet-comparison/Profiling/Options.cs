// --orders, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the Rust demo.

using Workshop;

namespace Profiling
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 3, Way.Fixed)
        {
        }

        public int Orders { get; private set; } = Workload.Orders;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Profiling [--orders 1-2000000] [--seed N] [--repeat 1-100]\n" +
                "                 [--seconds 1-3600 [--way shipped|fixed] [--report]]\n" +
                "                 [--print-sequence 1-10000000]");
            arguments.Number("--orders", 1, 2000000, n => Orders = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
