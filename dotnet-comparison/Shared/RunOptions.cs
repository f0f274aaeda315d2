// What every single-threaded twin takes besides its own sizes, as its Rust demo does
// (measure::demo::Flags): --seed, --seconds for the timed run (Timed.cs) with --report, and
// --print-sequence. WayOptions adds --repeat and --way, for a twin that measures ways.

namespace Workshop
{
    public abstract class RunOptions
    {
        protected RunOptions(ulong seed) => Seed = seed;

        public ulong Seed { get; private set; }
        public int Seconds { get; private set; }       // 0: not the timed run
        public int PrintSequence { get; private set; } // 0: not printing the sequence

        // Declares --seed, --seconds, --report (which turns Report.On on, and needs --seconds,
        // as clap requires for the Rust demos) and --print-sequence (1 to `printMost`) in
        // `arguments`.
        protected void DeclareRuns(Arguments arguments, long printMost)
        {
            arguments.Seed("--seed", n => Seed = n);
            arguments.Number("--seconds", 1, 3600, n => Seconds = (int)n);
            arguments.Flag("--report", () => Report.On = true);
            arguments.Number("--print-sequence", 1, printMost, n => PrintSequence = (int)n);
            arguments.Needs("--seconds", "--report");
        }

        // DeclareRuns, with `untimed`, the default run's own option, apart from --seconds,
        // and `timed`, the timed run's own options, needing it.
        protected void DeclareRuns(Arguments arguments, long printMost, string untimed,
            params string[] timed)
        {
            DeclareRuns(arguments, printMost);
            arguments.Apart(untimed, "--seconds");
            arguments.Needs("--seconds", timed);
        }
    }
}
