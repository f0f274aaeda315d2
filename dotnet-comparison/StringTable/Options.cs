// --occurrences, --distinct, --seed, --repeat, --seconds, --way, --report, --print-sequence:
// as the Rust demo.

using Workshop;

namespace StringTable
{
    sealed class Options : WayOptions<Way>
    {
        public Options() : base(Workload.Seed, 5, Way.Table)
        {
        }

        public int Occurrences { get; private set; } = Workload.Occurrences;
        public int Distinct { get; private set; } = Workload.Distinct;

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            var arguments = new Arguments(
                "usage: StringTable [--occurrences 1-20000000] [--distinct 1-1000000]\n" +
                "                   [--seed N] [--repeat 1-100]\n" +
                "                   [--seconds 1-3600 [--way strings|map|table] [--report]]\n" +
                "                   [--print-sequence 1-10000000]");
            arguments.Number("--occurrences", 1, 20000000, n => Occurrences = (int)n);
            arguments.Number("--distinct", 1, 1000000, n => Distinct = (int)n);
            DeclareWays(arguments, 10000000);
            return arguments;
        }
    }
}
