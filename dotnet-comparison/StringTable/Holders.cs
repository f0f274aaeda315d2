// One holder of each way, built from the occurrences.

namespace StringTable
{
    static class Holders
    {
        public static IHolder Build(Way way, Workload work)
        {
            switch (way)
            {
                case Way.Strings:
                    return new NewStrings(work);
                case Way.Map:
                    return new MapTable(work);
                default:
                    return new CharTable(work);
            }
        }

        // The way's name in a table, as the Rust demo's.
        public static string Name(Way way) =>
            way == Way.Strings ? "List<string>" : way == Way.Map ? "Dictionary" : "CharTable";
    }
}
