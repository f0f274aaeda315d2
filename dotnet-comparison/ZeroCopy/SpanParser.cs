// Parsing through ReadOnlySpan<char>: each line, field, key and value a slice of the input,
// numbers read from the slice; no string is made. What is kept is a SpanRecord of ranges.

using System;
using System.Collections.Generic;
using System.Globalization;

namespace ZeroCopy
{
    static class SpanParser
    {
        // ANCHOR: borrowed
        public static List<SpanRecord> Parse(string text)
        {
            var records = new List<SpanRecord>();
            var input = text.AsSpan();
            var start = 0;
            while (start < input.Length)
            {
                var end = input.Slice(start).IndexOf('\n');
                var length = end < 0 ? input.Length - start : end;
                records.Add(ParseLine(input, start, length));
                start += length + 1;
            }
            return records;
        }

        static SpanRecord ParseLine(
            ReadOnlySpan<char> input, int start, int length)
        {
            var record = new SpanRecord();
            var line = input.Slice(start, length);
            var at = 0;
            while (at <= line.Length)
            {
                var rest = line.Slice(at);
                var space = rest.IndexOf(' ');
                var field = space < 0 ? rest : rest.Slice(0, space);
                var equals = field.IndexOf('=');
                var key = field.Slice(0, equals);
                var value = field.Slice(equals + 1);
                var valueStart = start + at + equals + 1;
                if (Is(key, "time"))
                {
                    record.Time = Number(value);
                }
                else if (Is(key, "method"))
                {
                    record.MethodStart = valueStart;
                    record.MethodLength = value.Length;
                }
                else if (Is(key, "path"))
                {
                    record.PathStart = valueStart;
                    record.PathLength = value.Length;
                }
                else if (Is(key, "status"))
                {
                    record.Status = (int)Number(value);
                }
                else if (Is(key, "bytes"))
                {
                    record.Bytes = Number(value);
                }
                else if (Is(key, "agent"))
                {
                    record.AgentStart = valueStart;
                    record.AgentLength = value.Length;
                }
                at += field.Length + 1;
            }
            return record;
        }
        // ANCHOR_END: borrowed

        static bool Is(ReadOnlySpan<char> key, string name) =>
            key.SequenceEqual(name.AsSpan());

        static long Number(ReadOnlySpan<char> digits)
        {
            long value;
            long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            return value;
        }
    }
}
