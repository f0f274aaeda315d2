// The kinds of set, as crates/bitset/src/timed.rs names them (`--way bytes`, `--way bits`).

namespace Bitset
{
    enum Way
    {
        Bytes, // bool[], a byte per flag
        Bits,  // BitArray, a bit per flag
    }
}
