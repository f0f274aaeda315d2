// A region's part of the report.

using System.Collections.Generic;

namespace Profiling
{
    sealed class RegionReport
    {
        public RegionReport(string region, long units, long revenueCents, List<string> top)
        {
            Region = region;
            Units = units;
            RevenueCents = revenueCents;
            TopProducts = top;
        }

        public string Region { get; }
        public long Units { get; }
        public long RevenueCents { get; }
        public List<string> TopProducts { get; }
    }
}
