// The sales report in one pass over the input, through ReadOnlySpan<char>: each line's fields
// found where they lie, its totals looked up by a PairKey (two ranges into the input), a
// string made once per (region, product) for the report, and the largest order kept as it is
// read, so no list of orders is ever held.

using System;
using System.Collections.Generic;
using System.Globalization;

namespace Profiling
{
    static class FixedReport
    {
        // ANCHOR: fixed
        public static SalesReport Build(string input)
        {
            var totals = new Dictionary<PairKey, Totals>(new PairKeyComparer(input));
            LargestOrder? largest = null;
            long orders = 0;
            var start = 0;
            while (start < input.Length)
            {
                var end = input.IndexOf('\n', start);
                var length = (end < 0 ? input.Length : end) - start;
                var fields = new Fields(start, length);
                var id = Number(fields.Next(input));
                fields.Next(input); // the customer
                var (regionStart, regionLength) = (fields.Start, fields.Next(input).Length);
                var (productStart, productLength) = (fields.Start, fields.Next(input).Length);
                var quantity = Number(fields.Next(input));
                var valueCents = quantity * Number(fields.Next(input));

                var key = new PairKey(regionStart, regionLength, productStart, productLength);
                if (!totals.TryGetValue(key, out var sums))
                {
                    sums = new Totals(input.Substring(regionStart, regionLength),
                        input.Substring(productStart, productLength));
                    totals.Add(key, sums);
                }
                sums.Add(quantity, valueCents);
                if (!largest.HasValue || valueCents >= largest.Value.ValueCents)
                {
                    largest = new LargestOrder(id, valueCents);
                }
                orders++;
                start += length + 1;
            }
            return SalesReport.Assemble(orders, totals.Values, largest);
        }
        // ANCHOR_END: fixed

        static long Number(ReadOnlySpan<char> digits)
        {
            long value;
            long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            return value;
        }
    }
}
