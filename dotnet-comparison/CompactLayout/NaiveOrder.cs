// An order as a C# developer writes it: a class, a nullable long, a string per text, an enum
// that is an int, a bool per flag. exercises/compact-layout/src/naive.rs ports this.

namespace CompactLayout
{
    // ANCHOR: naive_order
    sealed class NaiveOrder
    {
        public long Id;
        public long? Customer;
        public Status Status;
        public string Carrier; // null unless shipped
        public int Quantity;
        public long PriceCents;
        public bool IsGift;
        public bool IsExpress;
        public string Country;
        public string Note;

        public NaiveOrder(Fields fields)
        {
            Id = (long)fields.Id;
            Customer = (long?)fields.Customer;
            Status = fields.Status;
            Carrier = fields.Carrier.HasValue
                ? OwnedText.Copy(Workload.Carriers[fields.Carrier.Value])
                : null;
            Quantity = (int)fields.Quantity;
            PriceCents = (long)fields.PriceCents;
            IsGift = fields.Gift;
            IsExpress = fields.Express;
            Country = OwnedText.Copy(fields.Country);
            Note = OwnedText.Copy(fields.Note);
        }
    }
    // ANCHOR_END: naive_order
}
