// Three fields in the order a developer declares them, with C#'s default layout
// (Sequential: as declared, each padded to its alignment).

namespace CompactLayout
{
    struct Declared
    {
        public byte A;
        public long B;
        public byte C;
    }
}
