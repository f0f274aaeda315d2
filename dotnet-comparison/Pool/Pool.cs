// A pool of Ts with generational handles (Pool in solutions/pool/src/slots.rs: a Vec of
// slots, each a generation and an Option<T>, and a Vec<u32> free list): the values inline in
// one struct array of slots, grown by doubling as a List is, and a list of the free slots'
// indexes, popped from the end. Once the free list has grown, inserting and removing allocate
// nothing.

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Pool
{
    sealed class Pool<T>
    {
        struct Slot
        {
            public T Value;
            public uint Generation;
            public bool Held; // Rust's Option<T> keeps this flag in its tag
        }

        readonly List<int> free = new List<int>(); // popped from the end, as a Vec
        Slot[] slots = Array.Empty<Slot>();
        int used; // slots in use, held, free or retired: the rest are spare capacity

        public int Count { get; private set; } // values held
        public int Capacity => used;           // slots: held, free or retired

        public Handle Insert(T value)
        {
            int index;
            if (free.Count > 0)
            {
                index = free[free.Count - 1];
                free.RemoveAt(free.Count - 1);
            }
            else
            {
                if (used == slots.Length)
                {
                    Grow();
                }
                index = used++;
            }
            ref var slot = ref slots[index];
            slot.Value = value;
            slot.Held = true;
            Count++;
            return new Handle(index, slot.Generation);
        }

        // Whether the value `handle` refers to is still here.
        public bool Contains(Handle handle) => (uint)handle.Index < (uint)used
            && slots[handle.Index].Held && slots[handle.Index].Generation == handle.Generation;

        // The value `handle` refers to, if it is still here.
        public bool Get(Handle handle, out T value)
        {
            var found = Contains(handle);
            value = found ? slots[handle.Index].Value : default(T);
            return found;
        }

        // Takes the value out, if it is still here, and frees its slot for the next insert,
        // unless its generations ran out (then it is retired: never reused).
        public bool Remove(Handle handle, out T value)
        {
            if (!Contains(handle))
            {
                value = default(T);
                return false;
            }
            ref var slot = ref slots[handle.Index];
            value = slot.Value;
            slot.Held = false;
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                slot.Value = default(T); // as List<T> does: the collector may free it
            }
            Count--;
            if (handle.Generation + 1 < uint.MaxValue)
            {
                slot.Generation = handle.Generation + 1;
                free.Add(handle.Index);
            }
            return true;
        }

        // Doubles the slots, as List<T>.Add does (apart, so Insert stays small).
        void Grow() => Array.Resize(ref slots, Math.Max(4, used * 2));
    }
}
