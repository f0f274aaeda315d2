// string.Intern: each occurrence made a string, then swapped for the runtime's one copy. The
// pool is the process's: what it holds stays until the process ends.

using System.Collections.Generic;

namespace StringTable
{
    // ANCHOR: interned
    sealed class Interned : IHolder
    {
        readonly List<string> strings;

        public Interned(Workload work)
        {
            strings = new List<string>(work.Ranks.Length);
            foreach (var rank in work.Ranks)
            {
                var made = work.NewString(rank);
                strings.Add(string.Intern(made));
            }
        }

        // ANCHOR_END: interned
        public int Count => strings.Count;

        public long LookUpAll(Workload work) => -1;
    }
}
