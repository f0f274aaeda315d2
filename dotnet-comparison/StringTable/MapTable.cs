// Interning as a .NET developer writes it: a Dictionary<string, int> from each string to its
// id, beside a List<string> of the strings by id. Each occurrence becomes a string first,
// the dictionary's key type: the ones already held are garbage at once.

using System.Collections.Generic;

namespace StringTable
{
    sealed class MapTable : IHolder
    {
        readonly Dictionary<string, int> ids = new Dictionary<string, int>();
        readonly List<string> strings = new List<string>();

        public MapTable(Workload work)
        {
            foreach (var rank in work.Ranks)
            {
                var s = new string(work.Text, work.Starts[rank], work.Lengths[rank]);
                int id;
                if (!ids.TryGetValue(s, out id))
                {
                    ids.Add(s, strings.Count);
                    strings.Add(s);
                }
            }
        }

        public int Count => strings.Count;

        public long LookUpAll(Workload work)
        {
            long sum = 0;
            foreach (var rank in work.Ranks)
            {
                int id;
                if (ids.TryGetValue(new string(work.Text, work.Starts[rank], work.Lengths[rank]), out id))
                {
                    sum += id;
                }
            }
            return sum;
        }
    }
}
