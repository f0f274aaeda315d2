// The .NET twin of crates/varint: a million mostly-small integers written two ways, the same
// seeded values as the Rust demo (exercises/varint/src/workload.rs, draw for draw). fixed:
// BinaryWriter.Write(long), 8 bytes each, read back by BinaryReader.ReadInt64, as
// exercises/varint/src/naive.rs writes them (FixedCodec.cs). varint: 7 bits a byte, the low
// ones first, the top bit set on every byte but the last ("more follows"), as
// solutions/varint/src/encode.rs writes them, through a BinaryWriter subclass
// (VarintWriter.cs), and read back by a loop that refuses what solutions/varint/src/decode.rs
// refuses (VarintCodec.cs). crates/varint/src/main.rs, ways.rs and timed.rs are the demo this
// one mirrors.
//
// --print-sequence N prints the first N values and their varints, one per line, as the Rust
// demo prints them: the value in decimal, then each byte of its varint as two uppercase hex
// digits, a space before each (`300 AC 02`), and nothing else. The lines on both sides are
// the same, byte for byte (CI diffs the first 5,000).
//
// By default each layout is measured --repeat times, side by side (SideBySide.cs): the bytes
// written, median encode and decode times, collections per generation and bytes allocated
// during encoding. Each run encodes into a new MemoryStream and decodes it back, checking
// every value. --seconds N runs one layout (--way) for N seconds, every value encoded into
// one reused MemoryStream and decoded back per round, with a line per second (Timed.cs);
// --report adds the `@name value` lines `workshop compare` reads.

using System;
using Workshop;
using static System.FormattableString;

namespace Varint
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
                    Sequence.Print(Workload.Lines(options.Seed, options.PrintSequence));
                    return;
                }
                var values = Workload.Values(options.Seed, options.Count);
                Report.Title("Variable-length integers");
                var count = Format.Count(values.Length);
                Console.WriteLine(Invariant($"{count} values (seed {options.Seed}), mostly small: ")
                    + "half need one byte as a varint\n(below 128), a quarter two, an eighth "
                    + "three, and so on; one in 512 ten.");
                if (options.Seconds > 0)
                {
                    Timed.Run(options, values);
                }
                else
                {
                    SideBySide.Run(options, values);
                }
            });
        }
    }
}
