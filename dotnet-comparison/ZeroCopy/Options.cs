// --lines, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the Rust demo.

using Workshop;

namespace ZeroCopy
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Borrowed)
        {
        }

        public int Lines { get; private set; } = Workload.Lines;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: ZeroCopy [--lines 1-2000000] [--seed N] [--repeat 1-100]\n" +
                "                [--seconds 1-3600 [--way owned|borrowed] [--report]]\n" +
                "                [--print-sequence 1-10000000]");
            arguments.Number("--lines", 1, 2000000, n => Lines = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
