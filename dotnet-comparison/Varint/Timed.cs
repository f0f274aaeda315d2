// The timed run: every value encoded into one reused MemoryStream and decoded back, again and
// again for --seconds, with a line per second (Shared/Timed.cs), as crates/varint/src/timed.rs.

using System;
using System.IO;
using Workshop;
using static System.FormattableString;

namespace Varint
{
    static class Timed
    {
        public static void Run(Options options, ulong[] values)
        {
            Console.WriteLine(Invariant(
                $"Encoded and decoded back, again and again for {options.Seconds} s:"));
            Console.WriteLine(options.Way == Way.Varint
                ? "varints, by a BinaryWriter subclass, into one reused MemoryStream."
                : "8 bytes each, by BinaryWriter.Write(long), into one reused MemoryStream.");
            Console.WriteLine();
            var codec = Codec.New(options.Way, new MemoryStream());
            var decoded = new ulong[values.Length];
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                codec.Clear();
                codec.Encode(values);
                var count = codec.Decode(decoded);
                if (count != values.Length)
                {
                    throw new DemoException(
                        $"{codec.Name}: the bytes did not decode to the values encoded");
                }
                return count;
            }));
        }
    }
}
