// The timed run (--seconds) every single-threaded twin shares, as measure::timed is the Rust
// demos': one round of work again and again for N seconds, a line per second (rounds,
// collections per generation, GC.GetTotalMemory, working set), the totals, and with
// Report.On the `@name value` lines `workshop compare` reads. (ScopedDrops' run is its own:
// worker threads, and the main thread's spikes.)

using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using static System.FormattableString;

namespace Workshop
{
    public static class Timed
    {
        // With Report.On, at most this many round times are recorded, in an array allocated
        // before the measured loop (so recording never allocates inside it).
        const int RecordedRounds = 200000;

        static readonly Table Columns = new Table(7, 8, 5, 5, 5, 17, 11);

        // Runs `round` again and again for `seconds`, from the table's heading to the `@`
        // lines; `one` and `many` name a round (`build`, `builds`). Returns what the rounds
        // returned, summed: the caller keeps it, so no round is optimised away.
        public static long Run(int seconds, string one, string many, Func<long> round)
        {
            Columns.Row("time", many, "gen0", "gen1", "gen2", "GC.GetTotalMemory", "working set");
            var durations = new int[Report.On ? RecordedRounds : 0];
            var recorded = 0;
            long rounds = 0, roundsBefore = 0, checksum = 0;
            var process = Process.GetCurrentProcess();
            Report.Ready();
            var gcAtStart = Collections.Now();
            var allocatedAtStart = AllocatedBytes.AllThreads();
            var clock = Stopwatch.StartNew();
            for (var second = 1; second <= seconds; second++)
            {
                var until = second * Stopwatch.Frequency;
                while (clock.ElapsedTicks < until)
                {
                    var began = clock.ElapsedTicks;
                    checksum += round();
                    if (recorded < durations.Length)
                    {
                        var micros = (clock.ElapsedTicks - began) * 1000000L / Stopwatch.Frequency;
                        durations[recorded++] = (int)Math.Min(micros, int.MaxValue);
                    }
                    rounds++;
                }
                var total = GC.GetTotalMemory(false);
                var gc = Collections.Now() - gcAtStart;
                Columns.Row(Invariant($"{second}/{seconds} s"), Format.Count(rounds - roundsBefore),
                    Whole(gc.Gen0), Whole(gc.Gen1), Whole(gc.Gen2), Format.Bytes(total),
                    Format.Bytes(Measures.WorkingSet(process)));
                Report.Second(second, total);
                roundsBefore = rounds;
            }
            var elapsed = clock.Elapsed.TotalSeconds;
            var allocated = allocatedAtStart < 0 ? -1
                : AllocatedBytes.AllThreads() - allocatedAtStart;

            Array.Sort(durations, 0, recorded);
            var average = Format.Duration(
                (long)(elapsed * Stopwatch.Frequency / Math.Max(rounds, 1)));
            Console.WriteLine();
            Console.WriteLine(Invariant(
                $"  {many}: {Format.Count(rounds)} in {elapsed:F2} s, {average} each on average"));
            if (recorded > 0)
            {
                Console.WriteLine($"  per {one}: {Measures.Percentiles(durations, recorded)}");
            }
            Console.WriteLine("  collections: " + (Collections.Now() - gcAtStart));
            Console.WriteLine("  working set: " + Format.Bytes(Measures.WorkingSet(process)));
            Console.WriteLine("  allocated: " + (allocated >= 0 ? Format.Bytes(allocated) : "n/a"));
            Report.Totals(rounds, Listed(durations, recorded), gcAtStart, allocated);
            return checksum;
        }

        // `12,15,40`: the first `count` durations.
        static string Listed(int[] durations, int count)
        {
            var listed = new StringBuilder(count * 8);
            for (var i = 0; i < count; i++)
            {
                listed.Append(i == 0 ? "" : ",").Append(durations[i]);
            }
            return listed.ToString();
        }

        static string Whole(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
