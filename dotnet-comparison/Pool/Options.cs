// --live, --cycles, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the
// Rust demo.

using Workshop;

namespace Pool
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Pool)
        {
        }

        public int Live { get; private set; } = Workload.Live;
        public int Cycles { get; private set; } = Workload.Cycles;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Pool [--live 1-1000000] [--cycles 0-10000000] [--seed N]\n" +
                "            [--repeat 1-100]\n" +
                "            [--seconds 1-3600 [--way boxes|pool] [--report]]\n" +
                "            [--print-sequence 1-10000000]");
            arguments.Number("--live", 1, 1000000, n => Live = (int)n);
            arguments.Number("--cycles", 0, 10000000, n => Cycles = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
