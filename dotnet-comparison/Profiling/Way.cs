// The two programs, as crates/profiling/src/main.rs names them.

namespace Profiling
{
    enum Way
    {
        Shipped, // as handed over: string.Split, a string key per order, every order kept
        Fixed,   // one pass over spans, keys that point into the input
    }
}
