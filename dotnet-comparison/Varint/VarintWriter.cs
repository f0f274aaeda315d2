// A varint writer: BinaryWriter with 64-bit varints. BinaryWriter.Write7BitEncodedInt writes
// these very bytes for a value that fits an int, but it is protected before .NET 5, and
// Write7BitEncodedInt64 exists from .NET 5 on: neither Mono 6.8 nor .NET Core 3.1 has it. So
// the loop is written out, as Write7BitEncodedInt's own is.

using System.IO;

namespace Varint
{
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
        public void WriteInt(int value) => Write7BitEncodedInt(value);

        // Writes the varint of `value` at the start of `buffer` (MaxLength bytes at least);
        // returns its length (varint::encode_into).
        public static int EncodeInto(ulong value, byte[] buffer)
        {
            var length = 0;
            while (value >= 0x80)
            {
                buffer[length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            buffer[length++] = (byte)value;
            return length;
        }
    }
}
