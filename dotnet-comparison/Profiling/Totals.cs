// What the orders of one product in one region add up to (given.rs's Totals).

namespace Profiling
{
    sealed class Totals
    {
        public Totals(string region, string product)
        {
            Region = region;
            Product = product;
        }

        public string Region { get; }
        public string Product { get; }
        public long Units { get; private set; }
        public long RevenueCents { get; private set; }

        public void Add(long quantity, long valueCents)
        {
            Units += quantity;
            RevenueCents += valueCents;
        }
    }
}
