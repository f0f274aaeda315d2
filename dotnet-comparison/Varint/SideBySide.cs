// The default run: both layouts measured --repeat times, side by side.

using System;
using Workshop;
using static System.FormattableString;

namespace Varint
{
    static class SideBySide
    {
        static readonly Table Table = new Table(30, 12, 9);

        public static void Run(Options options, ulong[] values)
        {
            var repeat = options.Repeat;
            Report.EachMeasured("layout", repeat);
            var decoded = new ulong[values.Length];
            var fixedWidth = Ways.Measure(Way.Fixed, values, repeat, decoded);
            var varint = Ways.Measure(Way.Varint, values, repeat, decoded);
            var fitting = Ways.CheckWrite7BitEncodedInt(values);
            Table.Row("", FixedCodec.Label, VarintCodec.Label);
            Table.Row("bytes written", Format.Count(fixedWidth.Bytes), Format.Count(varint.Bytes));
            Table.Row("bytes per value", PerValue(fixedWidth.Bytes, values.Length),
                PerValue(varint.Bytes, values.Length));
            Table.Row("encode", Format.Duration(fixedWidth.Encode), Format.Duration(varint.Encode));
            Table.Row("decode", Format.Duration(fixedWidth.Decode), Format.Duration(varint.Decode));
            Table.Row("collections gen0/1/2, encoding", fixedWidth.Collections.Short,
                varint.Collections.Short);
            Table.Row("allocated, encoding", Format.Bytes(fixedWidth.Allocated),
                Format.Bytes(varint.Allocated));
            Console.WriteLine("Collections and allocated bytes: the last run's (the first also "
                + "compiles\nthe code); bytes allocated by " + AllocatedBytes.How + ".");
            Console.WriteLine();
            Console.WriteLine($"The varint: {Format.Ratio(fixedWidth.Bytes, varint.Bytes)} fewer "
                + $"bytes; encoding {Format.Speedup(fixedWidth.Encode, varint.Encode)}, decoding "
                + $"{Format.Speedup(fixedWidth.Decode, varint.Decode)}.");
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
            var fit = Format.Count(fitting);
            Console.WriteLine(
                "Write7BitEncodedInt writes these very bytes for an int (checked here on\n" +
                $"the {fit} values that fit one), but is protected before .NET 5, and\n" +
                "Write7BitEncodedInt64 is .NET 5's: neither Mono 6.8 nor .NET Core 3.1\n" +
                "has it.");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare varint");
        }

        // `8.00`: bytes per value, two decimals, as the Rust demo writes it.
        static string PerValue(long bytes, int count) => Invariant($"{(double)bytes / count:F2}");
    }
}
