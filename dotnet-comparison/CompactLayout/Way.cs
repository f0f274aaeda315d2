// How the timed run holds the orders, as crates/compact-layout/src/timed.rs names them.

namespace CompactLayout
{
    enum Way
    {
        Naive,   // a class per order, a string per text
        Compact, // a struct per order, in one array
        Columns, // an array per field
    }
}
