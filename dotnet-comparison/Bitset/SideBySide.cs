// The default run: both kinds of set measured --repeat times, side by side.

using System;
using Workshop;
using static System.FormattableString;

namespace Bitset
{
    static class SideBySide
    {
        static readonly Table Table = new Table(16, 9, 9, 5);

        public static void Run(Options options, int[] inserts, int[] lookups, int[] words)
        {
            var repeat = options.Repeat;
            Console.WriteLine(Invariant($"Each set {repeat} times; times are medians."));
            Console.WriteLine();
            var bytes = Ways.Measure(Way.Bytes, options.Flags, inserts, lookups, repeat, words);
            var bits = Ways.Measure(Way.Bits, options.Flags, inserts, lookups, repeat, words);
            Table.Row("", ByteFlags.Name, BitFlags.Name, "ratio");
            Table.Row("heap bytes", Format.Bytes(bytes.HeapBytes), Format.Bytes(bits.HeapBytes),
                Format.Ratio(bytes.HeapBytes, bits.HeapBytes));
            Table.Row("indexes held", Format.Count(bytes.Held), Format.Count(bits.Held));
            Table.Row("lookups that hit", Format.Count(bytes.Hits), Format.Count(bits.Hits));
            Console.WriteLine("Heap bytes: " + AllocatedBytes.How + " around each new set.");
            Console.WriteLine();
            Console.WriteLine("Median times:");
            PrintTimes("insert", bytes.Insert, bits.Insert);
            PrintTimes("lookup", bytes.Lookup, bits.Lookup);
            PrintTimes("count", bytes.Count, bits.Count);
            Console.WriteLine($"Counted: {ByteFlags.Name} a byte at a time; {BitFlags.Name} (its "
                + $"Count is its Length) by\nCopyTo a reused int[], then {BitCount.How}.");
            Console.WriteLine();
            var flags = Format.Count(options.Flags);
            Console.WriteLine(
                $"Where packing does not pay: setting all {flags} flags in order. Each write\n" +
                "to a BitArray reads its int, sets one bit and writes the int back; a\n" +
                "bool[] stores a byte, and both stream through memory in order:");
            PrintTimes("fill", bytes.Fill, bits.Fill);
            Console.WriteLine();
            Console.WriteLine(
                "bool[] is a byte per flag, as Vec<bool> is; BitArray packs 32 flags to\n" +
                "an int, as BitSet packs 64 to a u64.");
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare bitset");
        }

        // `  insert  bool[] 9.49 ms, BitArray 2.96 ms: the bit set 3.2× faster`.
        static void PrintTimes(string what, long bytes, long bits) =>
            Console.WriteLine($"  {what,-8}{ByteFlags.Name} {Format.Duration(bytes)}, "
                + $"{BitFlags.Name} {Format.Duration(bits)}: "
                + $"the bit set {Format.Speedup(bytes, bits)}");
    }
}
