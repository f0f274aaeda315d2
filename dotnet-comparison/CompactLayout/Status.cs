// Where an order stands, as exercises/compact-layout/src/given.rs has it. Declared without a
// base type, as C# enums usually are: an int, 4 bytes (Rust gives a fieldless enum 1).

namespace CompactLayout
{
    enum Status
    {
        Pending,
        Paid,
        Shipped,
        Delivered,
        Cancelled,
    }
}
