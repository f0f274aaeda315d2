// The .NET twin of crates/varint: a million mostly-small integers written two ways, the same
// seeded values as the Rust demo (exercises/varint/src/workload.rs, draw for draw). fixed:
// BinaryWriter.Write(long), 8 bytes each, read back by BinaryReader.ReadInt64, as
// exercises/varint/src/naive.rs writes them. varint: 7 bits a byte, the low ones first, the
// top bit set on every byte but the last ("more follows"), as solutions/varint/src/encode.rs
// writes them, through a BinaryWriter subclass, and read back by a loop that refuses what
// solutions/varint/src/decode.rs refuses. crates/varint/src/main.rs, ways.rs and timed.rs are
// the demo this one mirrors.
//
// --print-sequence N prints the first N values and their varints, one per line, as the Rust
// demo prints them: the value in decimal, then each byte of its varint as two uppercase hex
// digits, a space before each (`300 AC 02`), and nothing else. The lines on both sides are
// the same, byte for byte (CI diffs the first 5,000).
//
// By default each layout is measured --repeat times, side by side: the bytes written, median
// encode and decode times, collections per generation and bytes allocated during encoding.
// Each run encodes into a new MemoryStream and decodes it back, checking every value.
// --seconds N runs one layout (--layout) for N seconds, every value encoded into one reused
// MemoryStream and decoded back per round, with a line per second; --report adds the
// `@name value` lines `workshop compare` reads.

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Workshop;

namespace Varint
{
    // The values every side writes: exercises/varint/src/workload.rs, draw for draw.
    static class Workload
    {
        public const int Count = 1000000;
        public const ulong Seed = 42;

        // `count` values, seeded: half of them need one byte as a varint (below 128), a quarter
        // two bytes, an eighth three, and so on (k bytes with probability 2^-k), the last 1/512
        // ten bytes (2^63 or more). A value of k bytes has the lowest bit of its top 7-bit group
        // set, so it needs exactly k bytes; its other bits are random.
        public static ulong[] Values(ulong seed, int count)
        {
            SplitMix64 rng = new SplitMix64(seed);
            ulong[] values = new ulong[count];
            for (int i = 0; i < count; i++)
            {
                int bytes = Math.Min(TrailingZeros(rng.NextU64()), 9) + 1; // 1 to 10
                ulong random = rng.NextU64();
                if (bytes == 1)
                {
                    values[i] = random >> 57; // 7 bits: 0 to 127
                }
                else
                {
                    // 7 × bytes random bits (at most 64), and bit 7 × (bytes - 1) set:
                    // the value needs exactly `bytes` bytes.
                    // Ten bytes: 64 bits, a shift by 0 (C# would take a shift by 64 as one by
                    // 0 too, but it is never asked for one).
                    int bits = Math.Min(7 * bytes, 64);
                    values[i] = random >> (64 - bits) | 1UL << (7 * (bytes - 1));
                }
            }
            return values;
        }

        // u64::trailing_zeros, 64 for 0: a portable loop (Mono's class library has no
        // BitOperations).
        static int TrailingZeros(ulong x)
        {
            if (x == 0)
            {
                return 64;
            }
            int zeros = 0;
            while ((x & 1) == 0)
            {
                x >>= 1;
                zeros++;
            }
            return zeros;
        }
    }

    // A varint writer: BinaryWriter with 64-bit varints. BinaryWriter.Write7BitEncodedInt
    // writes these very bytes for a value that fits an int, but it is protected before .NET 5,
    // and Write7BitEncodedInt64 exists from .NET 5 on: neither Mono 6.8 nor .NET Core 3.1 has
    // it. So the loop is written out, as Write7BitEncodedInt's own is.
    sealed class VarintWriter : BinaryWriter
    {
        // The most bytes a varint of a u64 takes (varint::MAX_LEN).
        public const int MaxLength = 10;

        public VarintWriter(Stream output) : base(output)
        {
        }

        // The varint of `value`, a byte at a time: the low 7 bits first, with the top bit set
        // on every byte but the last.
        public void WriteVarint(ulong value)
        {
            while (value >= 0x80)
            {
                Write((byte)(value | 0x80));
                value >>= 7;
            }
            Write((byte)value);
        }

        // .NET's own, for an int (the check in the side-by-side run).
        public void WriteInt(int value)
        {
            Write7BitEncodedInt(value);
        }

        // Writes the varint of `value` at the start of `buffer` (MaxLength bytes at least);
        // returns its length (varint::encode_into).
        public static int EncodeInto(ulong value, byte[] buffer)
        {
            int length = 0;
            while (value >= 0x80)
            {
                buffer[length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            buffer[length++] = (byte)value;
            return length;
        }
    }

    // One layout, written into a MemoryStream and read back from it. Encoding and decoding
    // are one call each, with their loop inside (no virtual call per value).
    abstract class Codec
    {
        protected readonly MemoryStream Stream;

        protected Codec(MemoryStream stream)
        {
            Stream = stream;
        }

        // Every value appended to the stream, at its end.
        public abstract void Encode(ulong[] values);

        // Every value the stream holds, from its start, into `values`: how many, or -1 when
        // the bytes are not values of this layout (or more of them than `values` holds).
        public abstract int Decode(ulong[] values);

        // The bytes written.
        public long Length { get { return Stream.Length; } }

        // Empties the stream, keeping its buffer, for the next round.
        public void Clear()
        {
            Stream.SetLength(0);
        }
    }

    // 8 bytes each: BinaryWriter.Write(long), BinaryReader.ReadInt64 (naive::encode_fixed and
    // naive::decode_fixed, little-endian too).
    sealed class FixedCodec : Codec
    {
        readonly BinaryWriter writer;
        readonly BinaryReader reader;

        public FixedCodec(MemoryStream stream) : base(stream)
        {
            writer = new BinaryWriter(stream);
            reader = new BinaryReader(stream);
        }

        public override void Encode(ulong[] values)
        {
            BinaryWriter output = writer;
            for (int i = 0; i < values.Length; i++)
            {
                output.Write((long)values[i]);
            }
            output.Flush();
        }

        public override int Decode(ulong[] values)
        {
            long count = Stream.Length / 8; // a shorter rest is ignored, as in Rust
            if (count > values.Length)
            {
                return -1;
            }
            Stream.Position = 0;
            BinaryReader input = reader;
            for (int i = 0; i < count; i++)
            {
                values[i] = (ulong)input.ReadInt64();
            }
            return (int)count;
        }
    }

    // 7 bits a byte: VarintWriter, and a loop over the stream's buffer (varint::decode_all).
    sealed class VarintCodec : Codec
    {
        readonly VarintWriter writer;

        public VarintCodec(MemoryStream stream) : base(stream)
        {
            writer = new VarintWriter(stream);
        }

        public override void Encode(ulong[] values)
        {
            VarintWriter output = writer;
            for (int i = 0; i < values.Length; i++)
            {
                output.WriteVarint(values[i]);
            }
            output.Flush();
        }

        // As varint::decode, varint after varint: -1 for a varint the input ends inside, one
        // longer than ten bytes, an overlong one (a last byte of 0 after the first) or one
        // above u64::MAX (a tenth byte other than 1).
        public override int Decode(ulong[] values)
        {
            byte[] bytes = Stream.GetBuffer();
            int length = (int)Stream.Length, offset = 0, count = 0;
            while (offset < length)
            {
                ulong value = 0;
                int taken = 0;
                // The first nine bytes carry 7 bits each (a shift of at most 56).
                while (true)
                {
                    if (offset + taken == length)
                    {
                        return -1; // truncated
                    }
                    byte next = bytes[offset + taken];
                    if (taken == VarintWriter.MaxLength - 1)
                    {
                        // Nine said "more follows": the tenth carries bit 63 alone.
                        if (next != 1)
                        {
                            return -1; // too long, overlong or overflowing
                        }
                        value |= 1UL << 63;
                        taken++;
                        break;
                    }
                    value |= (ulong)(next & 0x7F) << (7 * taken);
                    taken++;
                    if ((next & 0x80) == 0)
                    {
                        if (next == 0 && taken > 1)
                        {
                            return -1; // overlong
                        }
                        break;
                    }
                }
                if (count == values.Length)
                {
                    return -1;
                }
                values[count++] = value;
                offset += taken;
            }
            return count;
        }
    }

    // One layout measured --repeat times: median times in Stopwatch ticks, the bytes from the
    // first run (every run is the same), the counts from the last (the first also compiles the
    // code).
    sealed class Measured
    {
        public long Bytes;
        public long Encode, Decode;
        public int Gen0, Gen1, Gen2; // collections during encoding
        public long Allocated; // bytes allocated during encoding (AllocatedBytes)
    }

    static class Program
    {
        const string FixedName = "8 bytes each";
        const string VarintName = "varint";

        static long checksum; // every round adds to it, so no work is optimised away

        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The first N values and their varints, one per line (`300 AC 02`), as the Rust demo
        // prints them.
        static void PrintSequence(Options options)
        {
            StreamWriter output = Sequence.Output();
            const string Hex = "0123456789ABCDEF";
            byte[] buffer = new byte[VarintWriter.MaxLength];
            foreach (ulong value in Workload.Values(options.Seed, options.PrintSequence))
            {
                output.Write(value.ToString(CultureInfo.InvariantCulture));
                int length = VarintWriter.EncodeInto(value, buffer);
                for (int i = 0; i < length; i++)
                {
                    output.Write(' ');
                    output.Write(Hex[buffer[i] >> 4]);
                    output.Write(Hex[buffer[i] & 0xF]);
                }
                output.WriteLine();
            }
            output.Flush();
        }

        // The demo, its arguments taken: the first values, or the layouts measured.
        static void Demo(Options options)
        {
            if (options.PrintSequence > 0)
            {
                PrintSequence(options);
                return;
            }
            ulong[] values = Workload.Values(options.Seed, options.Count);
            Report.Title("Variable-length integers");
            Console.WriteLine(Format(
                "{0} values (seed {1}), mostly small: half need one byte as a varint\n" +
                "(below 128), a quarter two, an eighth three, and so on; one in 512 ten.",
                Measures.Count(values.Length), options.Seed));
            if (options.Seconds > 0)
            {
                Timed(options, values);
            }
            else
            {
                SideBySide(options, values);
            }
            GC.KeepAlive(checksum);
        }

        static Codec NewCodec(bool varint, MemoryStream stream)
        {
            return varint ? (Codec)new VarintCodec(stream) : new FixedCodec(stream);
        }

        static void SideBySide(Options options, ulong[] values)
        {
            int repeat = options.Repeat;
            Console.WriteLine(repeat == 1 ? "Each layout measured once."
                : Format("Each layout measured {0} times; times are medians.", repeat));
            Console.WriteLine();
            ulong[] decoded = new ulong[values.Length];
            Measured fixedWidth = Measure(false, values, repeat, decoded);
            Measured varint = Measure(true, values, repeat, decoded);
            int fitting = CheckWrite7BitEncodedInt(values);
            const string Row = "  {0,-30}  {1,12}  {2,9}";
            Console.WriteLine(Format(Row, "", FixedName, VarintName));
            Console.WriteLine(Format(Row, "bytes written", Measures.Count(fixedWidth.Bytes),
                Measures.Count(varint.Bytes)));
            Console.WriteLine(Format(Row, "bytes per value", PerValue(fixedWidth.Bytes,
                values.Length), PerValue(varint.Bytes, values.Length)));
            Console.WriteLine(Format(Row, "encode", Measures.Duration(fixedWidth.Encode),
                Measures.Duration(varint.Encode)));
            Console.WriteLine(Format(Row, "decode", Measures.Duration(fixedWidth.Decode),
                Measures.Duration(varint.Decode)));
            Console.WriteLine(Format(Row, "collections gen0/1/2, encoding",
                Generations(fixedWidth), Generations(varint)));
            Console.WriteLine(Format(Row, "allocated, encoding",
                Measures.Bytes(fixedWidth.Allocated), Measures.Bytes(varint.Allocated)));
            Console.WriteLine("Collections and allocated bytes: the last run's (the first also "
                + "compiles\nthe code); bytes allocated by " + AllocatedBytes.How + ".");
            Console.WriteLine();
            Console.WriteLine(Format("The varint: {0:F1}× fewer bytes; encoding {1}, decoding "
                + "{2}.", (double)fixedWidth.Bytes / Math.Max(varint.Bytes, 1),
                Measures.Speedup(fixedWidth.Encode, varint.Encode),
                Measures.Speedup(fixedWidth.Decode, varint.Decode)));
            Console.WriteLine();
            Console.WriteLine(
                "8 bytes each: BinaryWriter.Write(long) into a MemoryStream, read back by\n" +
                "BinaryReader.ReadInt64. varint: 7 bits a byte, the low ones first, the top\n" +
                "bit set on every byte but the last, written a byte at a time by a\n" +
                "BinaryWriter subclass, read back by a loop over the stream's buffer that\n" +
                "refuses a malformed varint as the Rust decoder does; every value decoded\n" +
                "is checked. Each run writes into a new MemoryStream, whose buffer doubles\n" +
                "as it grows (on the Large Object Heap past 85,000 bytes): that is all\n" +
                "encoding allocates.");
            Console.WriteLine();
            Console.WriteLine(Format(
                "Write7BitEncodedInt writes these very bytes for an int (checked here on\n" +
                "the {0} values that fit one), but is protected before .NET 5, and\n" +
                "Write7BitEncodedInt64 is .NET 5's: neither Mono 6.8 nor .NET Core 3.1\n" +
                "has it.", Measures.Count(fitting)));
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare varint");
        }

        // One layout, `repeat` times, each from a collected heap (the Rust demo has freed the
        // last run's bytes): the values encoded into a new MemoryStream, decoded back into
        // `decoded`, and checked.
        static Measured Measure(bool varint, ulong[] values, int repeat, ulong[] decoded)
        {
            long[] encode = new long[repeat], decode = new long[repeat];
            Measured measured = new Measured();
            for (int run = 0; run < repeat; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1);
                int gen2 = GC.CollectionCount(2);
                long allocated = AllocatedBytes.Now();
                long began = Stopwatch.GetTimestamp();
                Codec codec = NewCodec(varint, new MemoryStream());
                codec.Encode(values);
                encode[run] = Stopwatch.GetTimestamp() - began;
                long allocatedAfter = AllocatedBytes.Now();
                measured.Gen0 = GC.CollectionCount(0) - gen0;
                measured.Gen1 = GC.CollectionCount(1) - gen1;
                measured.Gen2 = GC.CollectionCount(2) - gen2;
                measured.Allocated = allocatedAfter - allocated;
                began = Stopwatch.GetTimestamp();
                int count = codec.Decode(decoded);
                decode[run] = Stopwatch.GetTimestamp() - began;
                Check(varint, count, values, decoded);
                if (run == 0)
                {
                    measured.Bytes = codec.Length;
                }
                checksum += count;
            }
            measured.Encode = Median(encode);
            measured.Decode = Median(decode);
            return measured;
        }

        // Every value decoded as it was encoded; exits with 1 if not.
        static void Check(bool varint, int count, ulong[] values, ulong[] decoded)
        {
            bool good = count == values.Length;
            for (int i = 0; good && i < count; i++)
            {
                good = decoded[i] == values[i];
            }
            if (!good)
            {
                Fail(varint);
            }
        }

        static void Fail(bool varint)
        {
            Console.Error.WriteLine("error: " + (varint ? VarintName : FixedName)
                + ": the bytes did not decode to the values encoded");
            Environment.Exit(1);
        }

        // Write7BitEncodedInt and WriteVarint, each on the values that fit an int, write the
        // same bytes: how many values that is. Exits with 1 if they differ.
        static int CheckWrite7BitEncodedInt(ulong[] values)
        {
            MemoryStream ours = new MemoryStream(), dotnet = new MemoryStream();
            VarintWriter ourWriter = new VarintWriter(ours);
            VarintWriter dotnetWriter = new VarintWriter(dotnet);
            int fitting = 0;
            foreach (ulong value in values)
            {
                if (value <= int.MaxValue)
                {
                    ourWriter.WriteVarint(value);
                    dotnetWriter.WriteInt((int)value);
                    fitting++;
                }
            }
            ourWriter.Flush();
            dotnetWriter.Flush();
            byte[] a = ours.GetBuffer(), b = dotnet.GetBuffer();
            bool same = ours.Length == dotnet.Length;
            for (int i = 0; same && i < ours.Length; i++)
            {
                same = a[i] == b[i];
            }
            if (!same)
            {
                Console.Error.WriteLine("error: Write7BitEncodedInt wrote other bytes than "
                    + "WriteVarint");
                Environment.Exit(1);
            }
            return fitting;
        }

        // The lower middle, as in Rust.
        static long Median(long[] ticks)
        {
            Array.Sort(ticks);
            return ticks[(ticks.Length - 1) / 2];
        }

        static void Timed(Options options, ulong[] values)
        {
            Console.WriteLine(Format("Encoded and decoded back, again and again for {0} s:",
                options.Seconds));
            bool varint = options.Varint;
            Console.WriteLine(varint
                ? "varints, by a BinaryWriter subclass, into one reused MemoryStream."
                : "8 bytes each, by BinaryWriter.Write(long), into one reused MemoryStream.");
            Console.WriteLine();
            Codec codec = NewCodec(varint, new MemoryStream());
            ulong[] decoded = new ulong[values.Length];
            checksum += Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                codec.Clear();
                codec.Encode(values);
                int count = codec.Decode(decoded);
                if (count != values.Length)
                {
                    Fail(varint);
                }
                return count;
            });
        }

        // `8.00`: bytes per value, two decimals, as the Rust demo writes it.
        static string PerValue(long bytes, int count)
        {
            return Format("{0:F2}", (double)bytes / count);
        }

        static string Generations(Measured measured)
        {
            return measured.Gen0 + "/" + measured.Gen1 + "/" + measured.Gen2;
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }

    // --count, --seed, --repeat, --seconds, --layout, --report, --print-sequence: as the Rust
    // demo.
    sealed class Options : RunOptions
    {
        public int Count = Workload.Count;
        public bool Varint = true;

        public Options() : base(Workload.Seed, 5)
        {
        }

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments(
                "usage: Varint [--count 1-10000000] [--seed N] [--repeat 1-100]\n" +
                "              [--seconds 1-3600 [--layout fixed|varint] [--report]]\n" +
                "              [--print-sequence 1-10000000]");
            arguments.Number("--count", 1, 10000000, n => Count = (int)n);
            DeclareRuns(arguments, 10000000, "--layout", layout => Varint = layout == "varint",
                "fixed", "varint");
            return arguments;
        }
    }
}
