// How the timed run holds the strings, as crates/string-table/src/timed.rs names them.

namespace StringTable
{
    enum Way
    {
        Strings, // a new string per occurrence, in a List<string>
        Map,     // a Dictionary<string, int> and a List<string>
        Table,   // one char[] and int offsets (CharTable)
    }
}
