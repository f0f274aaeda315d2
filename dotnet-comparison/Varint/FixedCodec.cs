// 8 bytes each: BinaryWriter.Write(long), BinaryReader.ReadInt64 (naive::encode_fixed and
// naive::decode_fixed, little-endian too).

using System.IO;

namespace Varint
{
    sealed class FixedCodec : Codec
    {
        public const string Label = "8 bytes each";

        readonly BinaryWriter writer;
        readonly BinaryReader reader;

        public FixedCodec(MemoryStream stream) : base(stream)
        {
            writer = new BinaryWriter(stream);
            reader = new BinaryReader(stream);
        }

        public override string Name => Label;

        public override void Encode(ulong[] values)
        {
            var output = writer;
            for (var i = 0; i < values.Length; i++)
            {
                output.Write((long)values[i]);
            }
            output.Flush();
        }

        public override int Decode(ulong[] values)
        {
            var count = Stream.Length / 8; // a shorter rest is ignored, as in Rust
            if (count > values.Length)
            {
                return -1;
            }
            Stream.Position = 0;
            var input = reader;
            for (var i = 0; i < count; i++)
            {
                values[i] = (ulong)input.ReadInt64();
            }
            return (int)count;
        }
    }
}
