// The same fields, with the runtime free to reorder them.

using System.Runtime.InteropServices;

namespace CompactLayout
{
    [StructLayout(LayoutKind.Auto)]
    struct DeclaredAuto
    {
        public byte A;
        public long B;
        public byte C;
    }
}
