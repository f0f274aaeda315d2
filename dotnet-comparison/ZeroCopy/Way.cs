// How the timed run parses the lines, as crates/zero-copy/src/main.rs names them.

namespace ZeroCopy
{
    enum Way
    {
        Owned,    // string.Split and a string per field
        Borrowed, // ReadOnlySpan<char> slices, and the fields' ranges kept
    }
}
