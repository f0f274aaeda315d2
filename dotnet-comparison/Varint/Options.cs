// --count, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the Rust demo.

using Workshop;

namespace Varint
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Varint)
        {
        }

        public int Count { get; private set; } = Workload.Count;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Varint [--count 1-10000000] [--seed N] [--repeat 1-100]\n" +
                "              [--seconds 1-3600 [--way fixed|varint] [--report]]\n" +
                "              [--print-sequence 1-10000000]");
            arguments.Number("--count", 1, 10000000, n => Count = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
