// One layout measured: every value encoded into a new MemoryStream and decoded back, checked,
// several times (as crates/varint/src/ways.rs); and Write7BitEncodedInt checked against
// VarintWriter.

using System.Diagnostics;
using System.IO;
using Workshop;

namespace Varint
{
    static class Ways
    {
        // One layout, `repeat` times, each from a collected heap (the Rust demo has freed the
        // last run's bytes): the values encoded into a new MemoryStream, decoded back into
        // `decoded`, and checked.
        public static Measured Measure(Way way, ulong[] values, int repeat, ulong[] decoded)
        {
            long[] encode = new long[repeat], decode = new long[repeat];
            var measured = new Measured();
            for (var run = 0; run < repeat; run++)
            {
                Measures.CollectEverything();
                var before = Collections.Now();
                var allocated = AllocatedBytes.Now();
                var began = Stopwatch.GetTimestamp();
                var codec = Codec.New(way, new MemoryStream());
                codec.Encode(values);
                encode[run] = Stopwatch.GetTimestamp() - began;
                var allocatedAfter = AllocatedBytes.Now();
                measured.Collections = Collections.Now() - before;
                measured.Allocated = allocatedAfter - allocated;
                began = Stopwatch.GetTimestamp();
                var count = codec.Decode(decoded);
                decode[run] = Stopwatch.GetTimestamp() - began;
                Check(codec, count, values, decoded);
                if (run == 0)
                {
                    measured.Bytes = codec.Length;
                }
                Checksum.Add(count);
            }
            measured.Encode = Measures.Median(encode);
            measured.Decode = Measures.Median(decode);
            return measured;
        }

        // Every value decoded as it was encoded (`count` of them, into `decoded`); throws a
        // DemoException if not.
        public static void Check(Codec codec, int count, ulong[] values, ulong[] decoded)
        {
            var good = count == values.Length;
            for (var i = 0; good && i < count; i++)
            {
                good = decoded[i] == values[i];
            }
            if (!good)
            {
                throw new DemoException(
                    $"{codec.Name}: the bytes did not decode to the values encoded");
            }
        }

        // Write7BitEncodedInt and WriteVarint, each on the values that fit an int, write the
        // same bytes: how many values that is. Throws a DemoException if they differ.
        public static int CheckWrite7BitEncodedInt(ulong[] values)
        {
            MemoryStream ours = new MemoryStream(), dotnet = new MemoryStream();
            var ourWriter = new VarintWriter(ours);
            var dotnetWriter = new VarintWriter(dotnet);
            var fitting = 0;
            foreach (var value in values)
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
            var same = ours.Length == dotnet.Length;
            for (var i = 0; same && i < ours.Length; i++)
            {
                same = a[i] == b[i];
            }
            if (!same)
            {
                throw new DemoException("Write7BitEncodedInt wrote other bytes than WriteVarint");
            }
            return fitting;
        }
    }
}
