// What an order is made from, as it arrives: exercises/compact-layout/src/given.rs's Fields.

namespace CompactLayout
{
    struct Fields
    {
        public readonly ulong Id;
        public readonly ulong? Customer; // null for a guest's order
        public readonly Status Status;
        public readonly int? Carrier;    // an index into Workload.Carriers, when shipped
        public readonly uint Quantity;
        public readonly ulong PriceCents;
        public readonly bool Gift;
        public readonly bool Express;
        public readonly string Country;  // two capital letters
        public readonly string Note;     // usually empty

        public Fields(ulong id, ulong? customer, Status status, int? carrier, uint quantity,
            ulong priceCents, bool gift, bool express, string country, string note)
        {
            Id = id;
            Customer = customer;
            Status = status;
            Carrier = carrier;
            Quantity = quantity;
            PriceCents = priceCents;
            Gift = gift;
            Express = express;
            Country = country;
            Note = note;
        }
    }
}
