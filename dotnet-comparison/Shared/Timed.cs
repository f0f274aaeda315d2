// The timed run (--seconds) every single-threaded twin shares, as measure::timed is the Rust
// demos': one round of work again and again for N seconds, a line per second (rounds,
// collections per generation, GC.GetTotalMemory, working set), the totals, and with
// Report.On the `@name value` lines `workshop compare` reads. (ScopedDrops' run is its own:
// worker threads, and the main thread's spikes.)

using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Workshop
{
    public static class Timed
    {
        // With Report.On, at most this many round times are recorded, in an array allocated
        // before the measured loop (so recording never allocates inside it).
        const int RecordedRounds = 200000;

        // Runs `round` again and again for `seconds`, from the table's heading to the `@`
        // lines; `one` and `many` name a round (`build`, `builds`). Returns what the rounds
        // returned, summed: the caller keeps it, so no round is optimised away.
        public static long Run(int seconds, string one, string many, Func<long> round)
        {
            const string Row = "  {0,-7}  {1,8}  {2,5}  {3,5}  {4,5}  {5,17}  {6,11}";
            Console.WriteLine(Format(Row, "time", many, "gen0", "gen1", "gen2",
                "GC.GetTotalMemory", "working set"));

            int[] durations = new int[Report.On ? RecordedRounds : 0];
            int recorded = 0;
            long rounds = 0, roundsBefore = 0, checksum = 0;
            Process process = Process.GetCurrentProcess();
            long allocatedAtStart = Measures.TotalAllocatedBytes();
            Stopwatch clock = Stopwatch.StartNew();
            for (int second = 1; second <= seconds; second++)
            {
                long until = second * Stopwatch.Frequency;
                while (clock.ElapsedTicks < until)
                {
                    long began = clock.ElapsedTicks;
                    checksum += round();
                    if (recorded < durations.Length)
                    {
                        long ticks = clock.ElapsedTicks - began;
                        long micros = ticks * 1000000L / Stopwatch.Frequency;
                        durations[recorded++] = (int)Math.Min(micros, int.MaxValue);
                    }
                    rounds++;
                }
                long total = GC.GetTotalMemory(false);
                Console.WriteLine(Format(Row, second + "/" + seconds + " s",
                    Measures.Count(rounds - roundsBefore), GC.CollectionCount(0),
                    GC.CollectionCount(1), GC.CollectionCount(2), Measures.Bytes(total),
                    Measures.Bytes(WorkingSet(process))));
                Report.Second(second, total);
                roundsBefore = rounds;
            }
            double elapsed = clock.Elapsed.TotalSeconds;
            long allocated = Measures.TotalAllocatedBytes();
            allocated = allocatedAtStart < 0 ? -1 : allocated - allocatedAtStart;

            Array.Sort(durations, 0, recorded);
            Console.WriteLine();
            Console.WriteLine(Format("  {0}: {1} in {2:F2} s, {3} each on average", many,
                Measures.Count(rounds), elapsed,
                Measures.Duration((long)(elapsed * Stopwatch.Frequency / Math.Max(rounds, 1)))));
            if (recorded > 0)
            {
                Console.WriteLine("  per " + one + ": "
                    + Measures.Percentiles(durations, recorded));
            }
            Console.WriteLine("  collections: " + Measures.Collections());
            Console.WriteLine("  working set: " + Measures.Bytes(WorkingSet(process)));
            Console.WriteLine("  allocated: " + (allocated >= 0 ? Measures.Bytes(allocated)
                : "n/a"));
            StringBuilder listed = new StringBuilder(recorded * 8);
            for (int i = 0; i < recorded; i++)
            {
                listed.Append(i == 0 ? "" : ",").Append(durations[i]);
            }
            Report.Totals(rounds, listed.ToString(), allocated);
            return checksum;
        }

        // The process's resident memory (Process reads it on Mono too; Environment.WorkingSet
        // is 0 there).
        static long WorkingSet(Process process)
        {
            process.Refresh();
            return process.WorkingSet64;
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }
}
