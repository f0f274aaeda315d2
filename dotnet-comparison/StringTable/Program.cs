// The .NET twin of crates/string-table: two million strings drawn from a hundred thousand,
// the same seeded draws as the Rust demo (--print-sequence N prints the first N on both
// sides), held as a List of new strings, through string.Intern, through a
// Dictionary<string, int> and in a string table of one char[] (CharTable).
//
// By default each way is built once (what it allocates, what stays live) and built and
// looked up again --repeat times (SideBySide.cs). --seconds N builds one way (--way) and
// lets it go, again and again for N seconds, with a line per second (Timed.cs); --report
// adds the `@name value` lines `workshop compare` reads.

using System.Linq;
using Workshop;
using static System.FormattableString;

namespace StringTable
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
                    // The first N draws, as the Rust demo prints them: the rank and its string.
                    var ranks = Workload.DrawRanks(options.Seed, options.Distinct, options.PrintSequence);
                    Sequence.Print(ranks.Select(rank =>
                        Invariant($"{rank} {Workload.StringOf(rank)}")));
                    return;
                }
                Report.Title("String tables");
                var work = Workload.Make(options.Seed, options.Distinct, options.Occurrences);
                int strings;
                long chars;
                work.Occurring(out strings, out chars);
                System.Console.WriteLine(Invariant(
                    $"{Format.Count(work.Ranks.Length)} strings (seed {options.Seed}) drawn from ")
                    + Invariant($"{Format.Count(options.Distinct)} identifiers:"));
                System.Console.WriteLine(Invariant(
                    $"{Format.Count(strings)} distinct occur, {Format.Count(chars)} characters."));
                if (options.Seconds > 0)
                {
                    Timed.Run(options, work);
                }
                else
                {
                    SideBySide.Run(options, work);
                }
            });
        }
    }
}
