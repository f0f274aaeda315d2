// One store of each way, built from the orders' fields.

namespace CompactLayout
{
    static class Stores
    {
        public static IStore Build(Way way, Fields[] fields)
        {
            switch (way)
            {
                case Way.Naive:
                    return new NaiveOrders(fields);
                case Way.Compact:
                    return new CompactOrders(fields);
                default:
                    return new Columns(fields);
            }
        }

        // The way's name in a table, as the Rust demo's.
        public static string Name(Way way) =>
            way == Way.Naive ? "as ported" : way == Way.Compact ? "compact" : "columns";
    }
}
