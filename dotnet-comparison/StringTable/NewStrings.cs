// A new string per occurrence, as a parser that returns strings makes them.

using System.Collections.Generic;

namespace StringTable
{
    sealed class NewStrings : IHolder
    {
        readonly List<string> strings;

        public NewStrings(Workload work)
        {
            strings = new List<string>(work.Ranks.Length);
            foreach (var rank in work.Ranks)
            {
                strings.Add(work.NewString(rank));
            }
        }

        public int Count => strings.Count;

        public long LookUpAll(Workload work) => -1;
    }
}
