// What every single-threaded twin takes besides its own sizes, as its Rust demo does: --seed,
// --repeat for the side-by-side run (the default), or --seconds for the timed run (Timed.cs),
// with the way it runs (--tree, --set) and --report, and --print-sequence.

using System;

namespace Workshop
{
    public abstract class RunOptions
    {
        public ulong Seed;
        public int Repeat;
        public int Seconds;  // 0: no timed run, the side-by-side one
        public int PrintSequence;

        protected RunOptions(ulong seed, int repeat)
        {
            Seed = seed;
            Repeat = repeat;
        }

        // Declares these in `arguments`: --print-sequence up to `printMost`, and `way`, one of
        // `ways`, given to `set`. --report turns Report.On on.
        protected void DeclareRuns(Arguments arguments, long printMost, string way,
            Action<string> set, params string[] ways)
        {
            arguments.Seed("--seed", n => Seed = n);
            arguments.Number("--repeat", 1, 100, n => Repeat = (int)n);
            arguments.Number("--seconds", 1, 3600, n => Seconds = (int)n);
            arguments.Choice(way, set, ways);
            arguments.Flag("--report", () => Report.On = true);
            arguments.Number("--print-sequence", 1, printMost, n => PrintSequence = (int)n);
            // As clap does for the Rust demos: --repeat is the side-by-side run's, the way
            // and --report the timed run's.
            arguments.Apart("--repeat", "--seconds");
            arguments.Needs("--seconds", way, "--report");
        }
    }
}
