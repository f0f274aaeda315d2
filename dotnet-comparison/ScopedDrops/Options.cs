// --seconds N, --threads N, --seed N, --way, --report, --print-sequence N: as the
// Rust demo. (Not RunOptions: --seconds is always the run's length here, and --report
// needs no --seconds.)

using System;
using Workshop;

namespace ScopedDrops
{
    sealed class Options
    {
        public int Seconds { get; private set; } = 10;
        public int Threads { get; private set; } = Math.Min(Environment.ProcessorCount, 8);
        public ulong Seed { get; private set; } = 42;
        public bool RetainSpikes { get; private set; }
        public long PrintSequence { get; private set; }

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments("usage: ScopedDrops [--seconds 1-3600] "
                + "[--threads 1-64] [--seed N]\n"
                + "                   [--way free-spikes|retain-spikes] [--report] [--print-sequence N]");
            arguments.Lenient(); // " 5" and "+5" taken as 5, as this twin always has
            arguments.Number("--seconds", 1, 3600, n => Seconds = (int)n);
            arguments.Number("--threads", 1, 64, n => Threads = (int)n);
            arguments.Seed("--seed", n => Seed = n);
            arguments.Choice("--way", way => RetainSpikes = way == "retain-spikes",
                "free-spikes", "retain-spikes");
            arguments.Flag("--report", () => Report.On = true);
            arguments.Number("--print-sequence", 1, 1000000, n => PrintSequence = n);
            return arguments;
        }
    }
}
