// Which slot, and which occupant of it: a slot's generation counts the values it has held, so
// a handle to a removed value is refused even when its slot holds another.

namespace Pool
{
    struct Handle
    {
        public Handle(int index, uint generation)
        {
            Index = index;
            Generation = generation;
        }

        public int Index { get; }
        public uint Generation { get; }
    }
}
