// 7 bits a byte: VarintWriter, and a loop over the stream's buffer (varint::decode_all).

using System.IO;

namespace Varint
{
    sealed class VarintCodec : Codec
    {
        public const string Label = "varint";

        readonly VarintWriter writer;

        public VarintCodec(MemoryStream stream) : base(stream) => writer = new VarintWriter(stream);

        public override string Name => Label;

        public override void Encode(ulong[] values)
        {
            var output = writer;
            for (var i = 0; i < values.Length; i++)
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
            var bytes = Stream.GetBuffer();
            int length = (int)Stream.Length, offset = 0, count = 0;
            while (offset < length)
            {
                ulong value = 0;
                var taken = 0;
                // The first nine bytes carry 7 bits each (a shift of at most 56).
                while (true)
                {
                    if (offset + taken == length)
                    {
                        return -1; // truncated
                    }
                    var next = bytes[offset + taken];
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
}
