// Text as an order that owns it gets it: a new string per order, as a parser or a database
// reader hands out, not the table's shared instance. (The Rust side copies it too.)

namespace CompactLayout
{
    static class OwnedText
    {
        // A new string with `text`'s characters; "" stays the one empty string, as an empty
        // Rust String allocates nothing.
        public static string Copy(string text) =>
            text.Length == 0 ? "" : new string(text.ToCharArray());
    }
}
