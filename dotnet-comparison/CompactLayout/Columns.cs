// The orders as columns, an array per field, as the Rust solution's Columns holds them.

namespace CompactLayout
{
    sealed class Columns : IStore
    {
        readonly ulong[] ids, customers, prices;
        readonly string[] notes;
        readonly uint[] quantities;
        readonly ushort[] countries;
        readonly byte[] statuses, packed;

        public Columns(Fields[] fields)
        {
            var count = fields.Length;
            ids = new ulong[count];
            customers = new ulong[count];
            prices = new ulong[count];
            notes = new string[count];
            quantities = new uint[count];
            countries = new ushort[count];
            statuses = new byte[count];
            packed = new byte[count];
            for (var i = 0; i < count; i++)
            {
                var order = new CompactOrder(fields[i]);
                ids[i] = order.Id;
                customers[i] = order.Customer;
                prices[i] = order.PriceCents;
                notes[i] = order.Note;
                quantities[i] = order.Quantity;
                countries[i] = order.Country;
                statuses[i] = order.Status;
                packed[i] = order.Packed;
            }
        }

        // The sum of every order's quantity: a pass over one array.
        public long TotalQuantity()
        {
            long total = 0;
            foreach (var quantity in quantities)
            {
                total += quantity;
            }
            return total;
        }
    }
}
