// The strings, held one way (crates/string-table/src/ways.rs's Holder).

namespace StringTable
{
    interface IHolder
    {
        // How many strings it holds.
        int Count { get; }

        // Every occurrence looked up again, its ids summed; -1 for a way that cannot.
        long LookUpAll(Workload work);
    }
}
