// The .NET twin of crates/zero-copy: 250,000 log lines, the same seeded lines as the Rust
// demo (--print-sequence N prints the first N on both sides), parsed with string.Split
// (a string per field) and through ReadOnlySpan<char> (none); then 250,000 binary records'
// headers read with BinaryPrimitives and with MemoryMarshal.
//
// By default each way runs once to count what it allocates, then --repeat times, timed
// (SideBySide.cs). --seconds N parses one way (--way) again and again for N seconds, with a
// line per second (Timed.cs); --report adds the `@name value` lines `workshop compare` reads.

using System;
using Workshop;
using static System.FormattableString;

namespace ZeroCopy
{
    static class Program
    {
        static int Main(string[] args)
        {
            var options = new Options();
            return Demo.Run(args, options.Declare(), () =>
            {
                if (options.PrintSequence > 0)
                {
                    // The first N lines, as the Rust demo prints them.
                    var lines = Math.Min(options.PrintSequence, options.Lines);
                    var first = Workload.Text(options.Seed, lines).TrimEnd('\n').Split('\n');
                    Sequence.Print(first);
                    return;
                }
                Report.Title("Zero-copy parsing");
                var text = Workload.Text(options.Seed, options.Lines);
                Console.WriteLine(Invariant($"{Format.Count(options.Lines)} log lines (seed {options.Seed}), ")
                    + Invariant($"{Format.Count(text.Length)} characters."));
                if (options.Seconds > 0)
                {
                    Timed.Run(options, text);
                }
                else
                {
                    SideBySide.Run(options, text, Workload.Binary(options.Seed, options.Lines));
                }
            });
        }
    }
}
