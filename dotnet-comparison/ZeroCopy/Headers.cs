// Every binary record's header read two ways from a ReadOnlySpan<byte>: field by field with
// BinaryPrimitives (the copy), and at once with MemoryMarshal.Read (a 28-byte copy into a
// struct). MemoryMarshal.AsRef would view the header in place, but Mono 6.8 lacks it. Each
// returns the ids summed; a bad record ends the walk.

using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ZeroCopy
{
    static class Headers
    {
        // ANCHOR: headers
        public static ulong SumIdsCopied(byte[] input)
        {
            ulong sum = 0;
            var offset = 0;
            while (input.Length - offset >= Header.Size)
            {
                var bytes = new ReadOnlySpan<byte>(input, offset, Header.Size);
                if (BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Header.Magic)
                {
                    break;
                }
                var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(8));
                sum += BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(12));
                offset += Header.Size + (int)length;
            }
            return sum;
        }

        public static ulong SumIdsMarshalled(byte[] input)
        {
            ulong sum = 0;
            var offset = 0;
            while (input.Length - offset >= Header.Size)
            {
                var bytes = new ReadOnlySpan<byte>(input, offset, Header.Size);
                var header = MemoryMarshal.Read<Header>(bytes);
                if (header.MagicBytes != Header.Magic)
                {
                    break;
                }
                sum += header.Id;
                offset += Header.Size + (int)header.Length;
            }
            return sum;
        }
        // ANCHOR_END: headers
    }
}
