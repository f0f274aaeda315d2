// The order as the Rust solution holds it, in C#: a struct (no header, no reference to it),
// the customer's 0 for a guest's order, the two letters packed in a ushort, the status and
// the carrier and the flags in a byte each or less; the note a string only when there is one.
// Sequential, C#'s default: the fields in the order declared, largest first here.

namespace CompactLayout
{
    // ANCHOR: compact_order
    struct CompactOrder
    {
        public ulong Id;
        public ulong Customer; // 0: a guest's order (customer numbers start at 1)
        public ulong PriceCents;
        public string Note;    // null when there is none
        public uint Quantity;
        public ushort Country; // the two ASCII letters
        public byte Status;
        public byte Packed;    // bit 0 gift, bit 1 express, bits 2-4 the carrier + 1
        // ANCHOR_END: compact_order

        public CompactOrder(Fields fields)
        {
            Id = fields.Id;
            Customer = fields.Customer ?? 0;
            PriceCents = fields.PriceCents;
            Note = fields.Note.Length == 0 ? null : OwnedText.Copy(fields.Note);
            Quantity = fields.Quantity;
            Country = (ushort)(fields.Country[0] | fields.Country[1] << 8);
            Status = (byte)fields.Status;
            var carrier = fields.Carrier.HasValue ? fields.Carrier.Value + 1 : 0;
            Packed = (byte)((fields.Gift ? 1 : 0) | (fields.Express ? 2 : 0) | carrier << 2);
        }
    }
}
