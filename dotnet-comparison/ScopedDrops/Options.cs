// --seconds N, --threads N, --seed N, --way, --report, --print-sequence N: as the Rust demo.
// The shared ones come from RunOptions, as the Rust demo's from measure::demo::Flags; here the
// threaded run is the default, so it runs DefaultSeconds when --seconds is not given.

using System;
using Workshop;

namespace ScopedDrops
{
    sealed class Options : RunOptions
    {
        const int DefaultSeconds = 10;

        public Options() : base(seed: 42) { }

        public int Threads { get; private set; } = Math.Min(Environment.ProcessorCount, 8);
        public bool RetainSpikes { get; private set; }

        // How long the workers run: --seconds, or DefaultSeconds.
        public int Length => Seconds > 0 ? Seconds : DefaultSeconds;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments("usage: ScopedDrops [--seconds 1-3600 [--report]] "
                + "[--threads 1-64] [--seed N]\n"
                + "                   [--way free-spikes|retain-spikes] [--print-sequence N]");
            arguments.Lenient(); // " 5" and "+5" taken as 5, as this twin always has
            arguments.Number("--threads", 1, 64, n => Threads = (int)n);
            arguments.Choice("--way", way => RetainSpikes = way == "retain-spikes",
                "free-spikes", "retain-spikes");
            DeclareRuns(arguments, 1000000);
            return arguments;
        }
    }
}
