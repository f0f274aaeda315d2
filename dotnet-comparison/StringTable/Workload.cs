// The strings every side holds: exercises/string-table/src/workload.rs, draw for draw. The
// input is one char[] of the distinct strings, as a file read into memory is, and each
// occurrence a (start, length) range of it: a parser's token, borrowed, as the Rust side's
// &str are.

using Workshop;

namespace StringTable
{
    sealed class Workload
    {
        public const ulong Seed = 42;
        public const int Distinct = 100000;
        public const int Occurrences = 2000000;

        static readonly string[] Words =
        {
            "user", "order", "item", "cart", "price", "total", "count", "index",
            "value", "state", "event", "queue", "cache", "token", "parse", "read",
            "write", "load", "save", "send", "http", "request", "response", "header",
            "body", "error", "retry", "timeout", "session", "client", "server",
            "handler", "stream", "buffer", "batch", "node", "tree", "table", "row",
            "column", "key", "name", "path", "file", "line", "text", "time", "date",
            "id", "max", "min", "new", "old", "next", "prev", "first", "last",
            "local", "remote", "async", "sync", "config", "log", "debug",
        };

        Workload(char[] text, int[] starts, int[] lengths, int[] ranks)
        {
            Text = text;
            Starts = starts;
            Lengths = lengths;
            Ranks = ranks;
        }

        // The distinct strings, one after another; where each starts and how long it is.
        public char[] Text { get; }
        public int[] Starts { get; }
        public int[] Lengths { get; }
        // Each occurrence's rank, in the order they occur.
        public int[] Ranks { get; }

        public static Workload Make(ulong seed, int distinct, int occurrences)
        {
            var strings = new string[distinct];
            var starts = new int[distinct];
            var lengths = new int[distinct];
            var total = 0;
            for (var rank = 0; rank < distinct; rank++)
            {
                strings[rank] = StringOf(rank);
                starts[rank] = total;
                lengths[rank] = strings[rank].Length;
                total += lengths[rank];
            }
            return new Workload(string.Concat(strings).ToCharArray(), starts, lengths,
                DrawRanks(seed, distinct, occurrences));
        }

        // The string of rank `rank`: its words in base 64, joined by '_' (workload::string).
        public static string StringOf(int rank)
        {
            var count = Words.Length;
            int words = 1, firstOfLength = 0;
            long ranksOfLength = count;
            while (rank >= firstOfLength + ranksOfLength)
            {
                firstOfLength += (int)ranksOfLength;
                ranksOfLength *= count;
                words++;
            }
            var digits = rank - firstOfLength;
            var parts = new string[words];
            for (var word = 0; word < words; word++)
            {
                parts[word] = Words[digits % count];
                digits /= count;
            }
            return string.Join("_", parts);
        }

        // `count` ranks below `distinct`: rank k with weight 2^40 / (k + 1), one draw each,
        // in integers only (workload::ranks).
        public static int[] DrawRanks(ulong seed, int distinct, int count)
        {
            var cumulative = new ulong[distinct];
            ulong total = 0;
            for (var k = 0; k < distinct; k++)
            {
                total += (1UL << 40) / (ulong)(k + 1);
                cumulative[k] = total;
            }
            var draws = new SplitMix64(seed);
            var ranks = new int[count];
            for (var i = 0; i < count; i++)
            {
                ranks[i] = FirstAbove(cumulative, draws.NextU64() % total);
            }
            return ranks;
        }

        // The first index whose cumulative weight is above `draw` (Rust's partition_point).
        static int FirstAbove(ulong[] cumulative, ulong draw)
        {
            int low = 0, high = cumulative.Length;
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (cumulative[middle] <= draw)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }

        // A new string of the one at `rank`, made from the text as a parser makes a token's.
        public string NewString(int rank) => new string(Text, Starts[rank], Lengths[rank]);

        // How many distinct strings occur, and their characters.
        public void Occurring(out int strings, out long chars)
        {
            var seen = new bool[Starts.Length];
            strings = 0;
            chars = 0;
            foreach (var rank in Ranks)
            {
                if (!seen[rank])
                {
                    seen[rank] = true;
                    strings++;
                    chars += Lengths[rank];
                }
            }
        }
    }
}
