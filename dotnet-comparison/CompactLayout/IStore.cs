// The orders, held one way (crates/compact-layout/src/ways.rs's Store).

namespace CompactLayout
{
    interface IStore
    {
        // The sum of every order's quantity: the pass that reads one field.
        long TotalQuantity();
    }
}
