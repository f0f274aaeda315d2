// The .NET twin of crates/bitset: 10 million flags two ways, with the same seeded random
// indexes as the Rust demo (--print-sequence N prints the first N, on both sides). bytes:
// bool[], a byte per flag, as Vec<bool> is. bits: System.Collections.BitArray, 32 flags to an
// int, as BitSet packs 64 to a u64.
//
// By default each set is measured --repeat times, side by side: its heap bytes, then median
// times of the random inserts, the random lookups, a count of the set flags and a sequential
// fill. --seconds N runs one set (--set) for N seconds, a new set, the inserts, the lookups
// and a count per round, with a line per second; --report adds the `@name value` lines
// `workshop compare` reads.

using System;
using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using Workshop;

namespace Bitset
{
    // The indexes every side inserts and looks up: exercises/bitset/src/workload.rs, draw for
    // draw.
    static class Workload
    {
        public const int Flags = 10000000;
        public const int Touches = 1000000;
        public const ulong Seed = 42;

        // `count` indexes drawn uniformly from 0 to below - 1 (`below` at least 1), seeded.
        public static int[] Indexes(ulong seed, int count, int below)
        {
            return SplitMix64.Indexes(seed, count, below);
        }
    }

    // What the demo does with a set of flags, whichever it is: each operation is one call,
    // with its loop inside (no call per flag).
    abstract class FlagSet
    {
        public abstract void Insert(int[] indexes);
        public abstract int Hits(int[] indexes); // how many of `indexes` are set
        public abstract int Count();             // how many flags are set
        public abstract void Fill();             // sets every flag, in order
    }

    // A byte per flag: bool[], as Vec<bool> (BoolSet) is.
    sealed class ByteFlags : FlagSet
    {
        readonly bool[] flags;

        public ByteFlags(bool[] flags)
        {
            this.flags = flags;
        }

        public override void Insert(int[] indexes)
        {
            bool[] set = flags;
            foreach (int index in indexes)
            {
                set[index] = true;
            }
        }

        public override int Hits(int[] indexes)
        {
            bool[] set = flags;
            int hits = 0;
            foreach (int index in indexes)
            {
                if (set[index])
                {
                    hits++;
                }
            }
            return hits;
        }

        // A look at every byte.
        public override int Count()
        {
            bool[] set = flags;
            int count = 0;
            for (int i = 0; i < set.Length; i++)
            {
                if (set[i])
                {
                    count++;
                }
            }
            return count;
        }

        public override void Fill()
        {
            bool[] set = flags;
            for (int i = 0; i < set.Length; i++)
            {
                set[i] = true;
            }
        }
    }

    // A bit per flag: BitArray, 32 to an int, as BitSet packs 64 to a u64.
    sealed class BitFlags : FlagSet
    {
        readonly BitArray bits;
        readonly int[] words; // the count's copy of the bits: one buffer, reused by every set

        public BitFlags(BitArray bits, int[] words)
        {
            this.bits = bits;
            this.words = words;
        }

        public override void Insert(int[] indexes)
        {
            BitArray set = bits;
            foreach (int index in indexes)
            {
                set[index] = true;
            }
        }

        public override int Hits(int[] indexes)
        {
            BitArray set = bits;
            int hits = 0;
            foreach (int index in indexes)
            {
                if (set[index])
                {
                    hits++;
                }
            }
            return hits;
        }

        // BitArray's Count is its Length, and it cannot count its set bits: copy them out as
        // ints (the public way to its words), then count the bits of those.
        public override int Count()
        {
            bits.CopyTo(words, 0);
            return BitCount.Of(words, Words(bits.Length));
        }

        public override void Fill()
        {
            BitArray set = bits;
            int length = set.Length;
            for (int i = 0; i < length; i++)
            {
                set[i] = true;
            }
        }

        // The ints that hold `flags` bits.
        public static int Words(int flags)
        {
            return (int)(((long)flags + 31) / 32);
        }
    }

    // Counts the set bits of ints: with System.Numerics.BitOperations.PopCount (.NET Core 3.0
    // and later, reached by reflection, 64 bits a call), else a portable loop (Mono's class
    // library has no BitOperations).
    static class BitCount
    {
        static readonly Func<ulong, int> popCount = Find();

        // How the bits are counted here, for the output.
        public static string How
        {
            get
            {
                return popCount != null ? "BitOperations.PopCount on each 64 bits"
                    : "a portable bit count (no BitOperations here)";
            }
        }

        // The set bits of the first `count` ints of `words`.
        public static int Of(int[] words, int count)
        {
            long bits = 0;
            Func<ulong, int> pop = popCount;
            if (pop != null)
            {
                int i = 0;
                for (; i + 1 < count; i += 2)
                {
                    bits += pop(((ulong)(uint)words[i + 1] << 32) | (uint)words[i]);
                }
                if (i < count)
                {
                    bits += pop((uint)words[i]);
                }
                return (int)bits;
            }
            for (int i = 0; i < count; i++)
            {
                // Bits counted in pairs, nibbles, bytes, then the bytes summed.
                uint x = (uint)words[i];
                x -= (x >> 1) & 0x55555555u;
                x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
                x = (x + (x >> 4)) & 0x0F0F0F0Fu;
                bits += (x * 0x01010101u) >> 24;
            }
            return (int)bits;
        }

        static Func<ulong, int> Find()
        {
            Type type = typeof(object).Assembly.GetType("System.Numerics.BitOperations");
            MethodInfo method = type == null ? null
                : type.GetMethod("PopCount", new Type[] { typeof(ulong) });
            return method == null ? null
                : (Func<ulong, int>)Delegate.CreateDelegate(typeof(Func<ulong, int>), method);
        }
    }

    // One kind of set measured --repeat times: its heap and its counts from the first run
    // (every run is the same), median times in Stopwatch ticks.
    sealed class Measured
    {
        public long HeapBytes;
        public int Held; // distinct indexes after the inserts
        public int Hits; // lookups that found their index
        public long Insert, Lookup, Count, Fill;
    }

    static class Program
    {
        const string BytesName = "bool[]";
        const string BitsName = "BitArray";

        static long checksum; // every round adds to it, so no work is optimised away

        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The first N indexes to insert, one per line, as the Rust demo prints them.
        static void PrintSequence(Options options)
        {
            StreamWriter output = Sequence.Output();
            SplitMix64 rng = new SplitMix64(options.Seed);
            ulong last = (ulong)Math.Max(options.Flags, 1) - 1;
            for (int i = 0; i < options.PrintSequence; i++)
            {
                output.WriteLine(rng.InRange(0, last).ToString(CultureInfo.InvariantCulture));
            }
            output.Flush();
        }

        // The demo, its arguments taken: the first indexes, or the sets measured.
        static void Demo(Options options)
        {
            if (options.PrintSequence > 0)
            {
                PrintSequence(options);
                return;
            }
            Report.Title("Bit sets");
            // The lookups are a second draw, so about a tenth of them hit an inserted index.
            int[] inserts = Workload.Indexes(options.Seed, options.Touches, options.Flags);
            int[] lookups = Workload.Indexes(unchecked(options.Seed + 1), options.Touches,
                options.Flags);
            Console.WriteLine(Format("{0} flags; {1} random inserts, then {1} random lookups",
                Measures.Count(options.Flags), Measures.Count(options.Touches)));
            Console.WriteLine(Format("(seed {0}).", options.Seed));
            // BitArray.CopyTo's buffer for counting: allocated once, for every BitArray.
            int[] words = new int[BitFlags.Words(options.Flags)];
            if (options.Seconds > 0)
            {
                Timed(options, inserts, lookups, words);
            }
            else
            {
                SideBySide(options, inserts, lookups, words);
            }
            GC.KeepAlive(checksum);
        }

        // A new set of `flags`, all clear; with `measure`, `heapBytes` is what the set itself
        // allocated (the wrapper around it left out).
        static FlagSet NewSet(bool bits, int flags, int[] words, bool measure,
            out long heapBytes)
        {
            long before = measure ? AllocatedBytes.Now() : 0;
            if (bits)
            {
                BitArray set = new BitArray(flags);
                heapBytes = measure ? AllocatedBytes.Now() - before : 0;
                return new BitFlags(set, words);
            }
            bool[] bytes = new bool[flags];
            heapBytes = measure ? AllocatedBytes.Now() - before : 0;
            return new ByteFlags(bytes);
        }

        static void SideBySide(Options options, int[] inserts, int[] lookups, int[] words)
        {
            int repeat = options.Repeat;
            Console.WriteLine(Format("Each set {0} times; times are medians.", repeat));
            Console.WriteLine();
            Measured bytes = Measure(false, options.Flags, inserts, lookups, repeat, words);
            Measured bits = Measure(true, options.Flags, inserts, lookups, repeat, words);
            const string Row = "  {0,-16}  {1,9}  {2,9}  {3,5}";
            Console.WriteLine(Format(Row, "", BytesName, BitsName, "ratio"));
            Console.WriteLine(Format(Row, "heap bytes", Measures.Bytes(bytes.HeapBytes),
                Measures.Bytes(bits.HeapBytes), Ratio(bytes.HeapBytes, bits.HeapBytes)));
            Console.WriteLine(Format(Row, "indexes held", Measures.Count(bytes.Held),
                Measures.Count(bits.Held), "").TrimEnd());
            Console.WriteLine(Format(Row, "lookups that hit", Measures.Count(bytes.Hits),
                Measures.Count(bits.Hits), "").TrimEnd());
            Console.WriteLine("Heap bytes: " + AllocatedBytes.How + " around each new set.");
            Console.WriteLine();
            Console.WriteLine("Median times:");
            PrintTimes("insert", bytes.Insert, bits.Insert);
            PrintTimes("lookup", bytes.Lookup, bits.Lookup);
            PrintTimes("count", bytes.Count, bits.Count);
            Console.WriteLine("Counted: " + BytesName + " a byte at a time; " + BitsName +
                " (its Count is its Length) by\nCopyTo a reused int[], then " + BitCount.How
                + ".");
            Console.WriteLine();
            Console.WriteLine(Format(
                "Where packing does not pay: setting all {0} flags in order. Each write\n" +
                "to a BitArray reads its int, sets one bit and writes the int back; a\n" +
                "bool[] stores a byte, and both stream through memory in order:",
                Measures.Count(options.Flags)));
            PrintTimes("fill", bytes.Fill, bits.Fill);
            Console.WriteLine();
            Console.WriteLine(
                "bool[] is a byte per flag, as Vec<bool> is; BitArray packs 32 flags to\n" +
                "an int, as BitSet packs 64 to a u64.");
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare bitset");
        }

        // `  insert  bool[] 9.49 ms, BitArray 2.96 ms: the bit set 3.2× faster`.
        static void PrintTimes(string what, long bytes, long bits)
        {
            Console.WriteLine(Format("  {0,-8}{1} {2}, {3} {4}: the bit set {5}", what,
                BytesName, Measures.Duration(bytes), BitsName, Measures.Duration(bits),
                Measures.Speedup(bytes, bits)));
        }

        // One kind of set, `repeat` times, each on a new set (and from a collected heap, as
        // the Rust demo has freed the last run's sets): its heap, the inserts, the lookups, a
        // count, and a sequential fill of another new set.
        static Measured Measure(bool bits, int flags, int[] inserts, int[] lookups, int repeat,
            int[] words)
        {
            long[] insert = new long[repeat], lookup = new long[repeat];
            long[] count = new long[repeat], fill = new long[repeat];
            Measured measured = new Measured();
            for (int run = 0; run < repeat; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long heapBytes, unused;
                FlagSet set = NewSet(bits, flags, words, true, out heapBytes);
                long began = Stopwatch.GetTimestamp();
                set.Insert(inserts);
                insert[run] = Stopwatch.GetTimestamp() - began;
                began = Stopwatch.GetTimestamp();
                int hits = set.Hits(lookups);
                lookup[run] = Stopwatch.GetTimestamp() - began;
                began = Stopwatch.GetTimestamp();
                int held = set.Count();
                count[run] = Stopwatch.GetTimestamp() - began;
                FlagSet full = NewSet(bits, flags, words, false, out unused);
                began = Stopwatch.GetTimestamp();
                full.Fill();
                fill[run] = Stopwatch.GetTimestamp() - began;
                GC.KeepAlive(full);
                checksum += hits + held;
                if (run == 0)
                {
                    measured.HeapBytes = heapBytes;
                    measured.Held = held;
                    measured.Hits = hits;
                }
            }
            measured.Insert = Median(insert);
            measured.Lookup = Median(lookup);
            measured.Count = Median(count);
            measured.Fill = Median(fill);
            return measured;
        }

        // The lower middle, as in Rust.
        static long Median(long[] ticks)
        {
            Array.Sort(ticks);
            return ticks[(ticks.Length - 1) / 2];
        }

        static void Timed(Options options, int[] inserts, int[] lookups, int[] words)
        {
            Console.WriteLine(Format("A new set, the inserts, the lookups and a count, again "
                + "and again for {0} s.", options.Seconds));
            Console.WriteLine(options.Bits
                ? BitsName + ": 32 flags to an int; counted by CopyTo a reused int[], then\n"
                    + BitCount.How + "."
                : BytesName + ": a byte per flag; counted a byte at a time.");
            Console.WriteLine();
            checksum += Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                long unused;
                FlagSet set = NewSet(options.Bits, options.Flags, words, false, out unused);
                set.Insert(inserts);
                return set.Hits(lookups) + set.Count();
            });
        }

        // `8.0×`, or `n/a` when the base is zero, as the Rust demo's ratio.
        static string Ratio(long numerator, long denominator)
        {
            return denominator <= 0 ? "n/a"
                : Format("{0:F1}×", (double)numerator / denominator);
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }

    // --flags, --touches, --seed, --repeat, --seconds, --set, --report, --print-sequence: as
    // the Rust demo.
    sealed class Options : RunOptions
    {
        public int Flags = Workload.Flags;
        public int Touches = Workload.Touches;
        public bool Bits = true;

        public Options() : base(Workload.Seed, 5)
        {
        }

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments(
                "usage: Bitset [--flags 1-100000000] [--touches 1-10000000] [--seed N]\n" +
                "              [--repeat 1-100]\n" +
                "              [--seconds 1-3600 [--set bytes|bits] [--report]]\n" +
                "              [--print-sequence 1-10000000]");
            arguments.Number("--flags", 1, 100000000, n => Flags = (int)n);
            arguments.Number("--touches", 1, 10000000, n => Touches = (int)n);
            DeclareRuns(arguments, 10000000, "--set", kind => Bits = kind == "bits",
                "bytes", "bits");
            return arguments;
        }
    }
}
