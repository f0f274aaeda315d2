// The layouts, as crates/varint/src/timed.rs names them (`--way fixed`, `--way varint`).

namespace Varint
{
    enum Way
    {
        Fixed,  // 8 bytes each: BinaryWriter.Write(long)
        Varint, // 7 bits a byte: VarintWriter
    }
}
