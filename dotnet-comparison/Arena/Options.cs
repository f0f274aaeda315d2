// --size, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the Rust demo.

using Workshop;

namespace Arena
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 7, Way.Arena)
        {
        }

        public int Size { get; private set; } = Workload.Nodes;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Arena [--size 1-1000000] [--seed N] [--repeat 1-100]\n" +
                "             [--seconds 1-3600 [--way per-node|arena] [--report]]\n" +
                "             [--print-sequence 1-1000000]");
            arguments.Number("--size", 1, 1000000, n => Size = (int)n);
            DeclareWays(arguments, 1000000);
            return arguments;
        }
    }
}
