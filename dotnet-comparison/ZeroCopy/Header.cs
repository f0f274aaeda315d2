// The binary record's header, laid out as its 28 bytes are: no padding (Pack = 1), so
// MemoryMarshal.Read can fill one from the bytes at once. Its integers are read in the
// machine's byte order: little-endian on x86 and ARM, as the format is.

using System.Runtime.InteropServices;

namespace ZeroCopy
{
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    struct Header
    {
        public const int Size = 28;
        public const uint Magic = 0x3152435A; // "ZCR1", little-endian

        public uint MagicBytes;
        public ushort Version;
        public ushort Flags;
        public uint Length;
        public ulong Id;
        public ulong Time;
    }
}
