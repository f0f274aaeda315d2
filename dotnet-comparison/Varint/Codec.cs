// One layout, written into a MemoryStream and read back from it (the Codec trait of
// crates/varint/src/ways.rs). Encoding and decoding are one call each, with their loop inside
// (no virtual call per value).

using System.IO;

namespace Varint
{
    abstract class Codec
    {
        protected Codec(MemoryStream stream) => Stream = stream;

        // Its name in a table.
        public abstract string Name { get; }

        // The bytes written.
        public long Length => Stream.Length;

        protected MemoryStream Stream { get; }

        // Every value appended to the stream, at its end.
        public abstract void Encode(ulong[] values);

        // Every value the stream holds, from its start, into `values`: how many, or -1 when
        // the bytes are not values of this layout (or more of them than `values` holds).
        public abstract int Decode(ulong[] values);

        // Empties the stream, keeping its buffer, for the next round.
        public void Clear() => Stream.SetLength(0);

        // A new codec of `way` writing into `stream`.
        public static Codec New(Way way, MemoryStream stream) => way == Way.Varint
            ? (Codec)new VarintCodec(stream) : new FixedCodec(stream);
    }
}
