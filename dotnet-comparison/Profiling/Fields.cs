// The comma-separated fields of one line, in turn, each a slice of the input: the line's
// start and length, and where the next field starts.

using System;

namespace Profiling
{
    struct Fields
    {
        readonly int end;

        public Fields(int start, int length)
        {
            Start = start;
            end = start + length;
        }

        // Where the field Next gives next starts in the input.
        public int Start { get; private set; }

        // The next field (empty past the line's end).
        public ReadOnlySpan<char> Next(string input)
        {
            var from = Math.Min(Start, end);
            var comma = input.IndexOf(',', from, end - from);
            var stop = comma < 0 ? end : comma;
            Start = stop + 1;
            return input.AsSpan(from, stop - from);
        }
    }
}
