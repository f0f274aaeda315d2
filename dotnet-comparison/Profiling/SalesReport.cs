// The report both programs give (given.rs's Report::assemble): per region, in name order, its
// units, its revenue and its top three products by revenue (by name on a tie), and the
// largest order.

using System.Collections.Generic;
using System.Linq;
using static System.FormattableString;

namespace Profiling
{
    sealed class SalesReport
    {
        const int Top = 3;

        SalesReport(long orders, List<RegionReport> regions, LargestOrder? largest)
        {
            Orders = orders;
            Regions = regions;
            Largest = largest;
        }

        public long Orders { get; }
        public List<RegionReport> Regions { get; }
        public LargestOrder? Largest { get; }

        public static SalesReport Assemble(
            long orders, IEnumerable<Totals> totals, LargestOrder? largest)
        {
            var regions = totals
                .GroupBy(t => t.Region)
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => new RegionReport(
                    g.Key,
                    g.Sum(t => t.Units),
                    g.Sum(t => t.RevenueCents),
                    g.OrderByDescending(t => t.RevenueCents)
                        .ThenBy(t => t.Product, System.StringComparer.Ordinal)
                        .Take(Top)
                        .Select(t => t.Product)
                        .ToList()))
                .ToList();
            return new SalesReport(orders, regions, largest);
        }

        // The report in two lines, as the Rust demo prints it.
        public string Summary()
        {
            var revenue = Regions.Sum(r => r.RevenueCents);
            var text = Invariant($"The report: {Workshop.Format.Count(Orders)} orders in ")
                + Invariant($"{Regions.Count} regions, {Workshop.Format.Count(revenue)} cents in all.");
            if (Largest.HasValue)
            {
                text += Invariant($"\nThe largest order: #{Largest.Value.Id}, ")
                    + Invariant($"{Workshop.Format.Count(Largest.Value.ValueCents)} cents.");
            }
            return text;
        }
    }
}
