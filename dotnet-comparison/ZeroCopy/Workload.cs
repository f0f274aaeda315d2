// The input every side parses: exercises/zero-copy/src/workload.rs, draw for draw. The text
// is one string, as File.ReadAllText gives it; the binary records one byte[].

using System.Text;
using Workshop;
using static System.FormattableString;

namespace ZeroCopy
{
    static class Workload
    {
        public const ulong Seed = 42;
        public const int Lines = 250000;

        static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE" };
        static readonly string[] Paths =
        {
            "/api/orders", "/api/users", "/api/carts", "/static/app.js", "/health", "/api/search",
        };
        static readonly string[] Agents =
            { "curl/8.4.0", "Mozilla/5.0", "okhttp/4.12.0", "python-requests/2.31" };
        static readonly int[] Statuses = { 200, 201, 304, 404, 500 };

        // The log line of one draw, without its newline (workload::line).
        public static string Line(ulong draw) =>
            Invariant($"time={1700000000 + (draw >> 40) % 1000000} method={Methods[draw % 4]} ")
            + Invariant($"path={Paths[(draw >> 2) % 6]}/{(draw >> 8) % 100000} ")
            + Invariant($"status={Statuses[(draw >> 5) % 5]} bytes={(draw >> 24) % 65536} ")
            + "agent=" + Agents[(draw >> 60) % 4];

        // `lines` log lines from `seed`, each ended by a newline (workload::text).
        public static string Text(ulong seed, int lines)
        {
            var draws = new SplitMix64(seed);
            var text = new StringBuilder(lines * 100);
            for (var i = 0; i < lines; i++)
            {
                text.Append(Line(draws.NextU64())).Append('\n');
            }
            return text.ToString();
        }

        // `records` binary records from `seed`: a 28-byte header and `draw % 64` bytes of
        // payload, each the draw's low byte (workload::binary).
        public static byte[] Binary(ulong seed, int records)
        {
            var draws = new SplitMix64(seed);
            var bytes = new System.Collections.Generic.List<byte>(records * 60);
            for (ulong id = 1; id <= (ulong)records; id++)
            {
                var draw = draws.NextU64();
                var length = (int)(draw % 64);
                var header = new byte[Header.Size];
                Encoding.ASCII.GetBytes("ZCR1", 0, 4, header, 0);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(
                    new System.Span<byte>(header, 4, 2), 1);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(
                    new System.Span<byte>(header, 6, 2), (ushort)(draw >> 8));
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(
                    new System.Span<byte>(header, 8, 4), (uint)length);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(
                    new System.Span<byte>(header, 12, 8), id);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(
                    new System.Span<byte>(header, 20, 8), 1700000000 + (draw >> 40) % 1000000);
                bytes.AddRange(header);
                for (var i = 0; i < length; i++)
                {
                    bytes.Add((byte)draw);
                }
            }
            return bytes.ToArray();
        }
    }
}
