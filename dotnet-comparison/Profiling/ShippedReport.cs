// The sales report as it was handed over: what a C# service does with a day
// of orders. Every line becomes an Order (a string per line, an array and a
// string per field), every order is kept in a List until the end, to find the
// largest, and every order's totals are looked up by a string made for the
// purpose: exercises/profiling/src/naive.rs is its port.

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Profiling
{
    static class ShippedReport
    {
        static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        // ANCHOR: shipped
        public static SalesReport Build(string input)
        {
            // Read every order first; the report is built from the list.
            var orders = ReadOrders(input);
            var totals = TotalsOf(orders);
            var largest = LargestOf(orders);
            return SalesReport.Assemble(orders.Count, totals.Values, largest);
        }

        public static List<Order> ReadOrders(string input)
        {
            var orders = new List<Order>();
            var reader = new StringReader(input);
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                var fields = line.Split(',');
                orders.Add(new Order
                {
                    Id = long.Parse(fields[0], Invariant),
                    Customer = fields[1],
                    Region = fields[2],
                    Product = fields[3],
                    Quantity = int.Parse(fields[4], Invariant),
                    UnitPriceCents = int.Parse(fields[5], Invariant),
                });
            }
            return orders;
        }

        public static Dictionary<string, Totals> TotalsOf(List<Order> orders)
        {
            var totals = new Dictionary<string, Totals>();
            foreach (var order in orders)
            {
                var key = order.Region + "/" + order.Product;
                if (!totals.TryGetValue(key, out var sums))
                {
                    sums = new Totals(order.Region, order.Product);
                    totals.Add(key, sums);
                }
                sums.Add(order.Quantity, order.ValueCents);
            }
            return totals;
        }

        public static LargestOrder? LargestOf(List<Order> orders)
        {
            var largest = orders.Aggregate((Order)null, (best, order) =>
                best == null || order.ValueCents >= best.ValueCents
                    ? order : best);
            return largest == null ? (LargestOrder?)null
                : new LargestOrder(largest.Id, largest.ValueCents);
        }
        // ANCHOR_END: shipped
    }
}
