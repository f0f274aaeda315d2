// --blocks N, --seed N, --seconds N, --report, --print-sequence N: as the Rust demo. No
// --repeat (the heap is measured once, as it stands) and no way to choose, so not WayOptions.

using Workshop;

namespace Fragmentation
{
    sealed class Options : RunOptions
    {
        public Options() : base(Workload.Seed)
        {
        }

        public int Blocks { get; private set; } = Workload.Blocks;

        // The arguments, as the Rust demo takes them: --blocks is the default run's.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: Fragmentation [--blocks 1-10000] [--seed N]\n" +
                "                     [--seconds 1-3600 [--report]]\n" +
                "                     [--print-sequence 1-10000000]");
            arguments.Number("--blocks", 1, 10000, n => Blocks = (int)n);
            DeclareRuns(arguments, 10000000, "--blocks");
            return arguments;
        }
    }
}
