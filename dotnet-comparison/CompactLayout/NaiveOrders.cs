// The orders as a C# developer holds them: a List of class instances.

using System.Collections.Generic;

namespace CompactLayout
{
    sealed class NaiveOrders : IStore
    {
        readonly List<NaiveOrder> orders;

        public NaiveOrders(Fields[] fields)
        {
            orders = new List<NaiveOrder>(fields.Length);
            foreach (var one in fields)
            {
                orders.Add(new NaiveOrder(one));
            }
        }

        public long TotalQuantity()
        {
            long total = 0;
            foreach (var order in orders)
            {
                total += order.Quantity;
            }
            return total;
        }
    }
}
