// The values every side writes: exercises/varint/src/workload.rs, draw for draw.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Workshop;

namespace Varint
{
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
            var rng = new SplitMix64(seed);
            var values = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                var bytes = Math.Min(TrailingZeros(rng.NextU64()), 9) + 1; // 1 to 10
                var random = rng.NextU64();
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
                    var bits = Math.Min(7 * bytes, 64);
                    values[i] = random >> (64 - bits) | 1UL << (7 * (bytes - 1));
                }
            }
            return values;
        }

        // The first `count` values and their varints, a line each (`300 AC 02`), as the Rust
        // demo prints them.
        public static IEnumerable<string> Lines(ulong seed, int count)
        {
            const string Hex = "0123456789ABCDEF";
            var buffer = new byte[VarintWriter.MaxLength];
            var line = new StringBuilder();
            foreach (var value in Values(seed, count))
            {
                line.Clear().Append(value.ToString(CultureInfo.InvariantCulture));
                var length = VarintWriter.EncodeInto(value, buffer);
                for (var i = 0; i < length; i++)
                {
                    line.Append(' ').Append(Hex[buffer[i] >> 4]).Append(Hex[buffer[i] & 0xF]);
                }
                yield return line.ToString();
            }
        }

        // u64::trailing_zeros, 64 for 0: a portable loop (Mono's class library has no
        // BitOperations).
        static int TrailingZeros(ulong x)
        {
            if (x == 0)
            {
                return 64;
            }
            var zeros = 0;
            while ((x & 1) == 0)
            {
                x >>= 1;
                zeros++;
            }
            return zeros;
        }
    }
}
