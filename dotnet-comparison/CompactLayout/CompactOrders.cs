// The orders as structs, side by side in one array.

namespace CompactLayout
{
    sealed class CompactOrders : IStore
    {
        readonly CompactOrder[] orders;

        public CompactOrders(Fields[] fields)
        {
            orders = new CompactOrder[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                orders[i] = new CompactOrder(fields[i]);
            }
        }

        public long TotalQuantity()
        {
            long total = 0;
            for (var i = 0; i < orders.Length; i++)
            {
                total += orders[i].Quantity;
            }
            return total;
        }
    }
}
