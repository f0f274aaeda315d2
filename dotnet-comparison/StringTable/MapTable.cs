// Interning as a .NET developer writes it: a Dictionary<string, int> from each string to its
// id, beside a List<string> of the strings by id. Each occurrence becomes a string first,
// the dictionary's key type: the ones already held are garbage at once.

using System.Collections.Generic;

namespace StringTable
{
    // ANCHOR: map_table
    sealed class MapTable : IHolder
    {
        readonly Dictionary<string, int> ids = new Dictionary<string, int>();
        readonly List<string> strings = new List<string>();

        public MapTable(Workload work)
        {
            foreach (var rank in work.Ranks)
            {
                var s = work.NewString(rank);
                int id;
                if (!ids.TryGetValue(s, out id))
                {
                    ids.Add(s, strings.Count);
                    strings.Add(s);
                }
            }
        }

        // ANCHOR_END: map_table
        public int Count => strings.Count;

        public long LookUpAll(Workload work)
        {
            long sum = 0;
            foreach (var rank in work.Ranks)
            {
                int id;
                if (ids.TryGetValue(work.NewString(rank), out id))
                {
                    sum += id;
                }
            }
            return sum;
        }
    }
}
