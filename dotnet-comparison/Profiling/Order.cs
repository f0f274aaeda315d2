// One order, as the program was handed over: a class with a string per text field.

namespace Profiling
{
    sealed class Order
    {
        public long Id { get; set; }
        public string Customer { get; set; }
        public string Region { get; set; }
        public string Product { get; set; }
        public int Quantity { get; set; }
        public int UnitPriceCents { get; set; }

        public long ValueCents => (long)Quantity * UnitPriceCents;
    }
}
