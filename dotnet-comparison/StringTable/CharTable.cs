// The string table in C#, as the Rust solution is: every distinct string's characters in one
// char[], where each ends in an int[], and an open-addressing index of ids (an int each) that
// compares through the text. Interning reads the occurrence where it lies: no string is made.
// Ids are ints from 0 (string.Intern has no ids: it hands back the one string).

using System;

namespace StringTable
{
    sealed class CharTable : IHolder
    {
        char[] text = new char[64];
        int textLength;
        int[] ends = new int[16];
        int count;
        // Each slot holds an id plus one, 0 when empty; at most three quarters are full.
        int[] slots = new int[16];

        public CharTable(Workload work)
        {
            foreach (var rank in work.Ranks)
            {
                Intern(work.Text, work.Starts[rank], work.Lengths[rank]);
            }
        }

        public int Count => count;

        // The id of the string in chars[start..start + length], added if new.
        public int Intern(char[] chars, int start, int length)
        {
            var hash = Hash(chars, start, length);
            var slot = Find(chars, start, length, hash);
            if (slots[slot] != 0)
            {
                return slots[slot] - 1;
            }
            if (textLength + length > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, textLength + length));
            }
            Array.Copy(chars, start, text, textLength, length);
            textLength += length;
            if (count == ends.Length)
            {
                Array.Resize(ref ends, ends.Length * 2);
            }
            ends[count] = textLength;
            slots[slot] = ++count;
            if (count * 4 > slots.Length * 3)
            {
                Grow();
            }
            return count - 1;
        }

        // The id of the string in chars[start..start + length], or -1.
        public int Lookup(char[] chars, int start, int length)
        {
            var slot = Find(chars, start, length, Hash(chars, start, length));
            return slots[slot] - 1;
        }

        public long LookUpAll(Workload work)
        {
            long sum = 0;
            foreach (var rank in work.Ranks)
            {
                sum += Math.Max(0, Lookup(work.Text, work.Starts[rank], work.Lengths[rank]));
            }
            return sum;
        }

        // The slot that holds the string, or the empty one where it would go.
        int Find(char[] chars, int start, int length, uint hash)
        {
            var mask = slots.Length - 1;
            var slot = (int)hash & mask;
            while (slots[slot] != 0 && !Equal(slots[slot] - 1, chars, start, length))
            {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        bool Equal(int id, char[] chars, int start, int length)
        {
            var begin = id == 0 ? 0 : ends[id - 1];
            if (ends[id] - begin != length)
            {
                return false;
            }
            for (var i = 0; i < length; i++)
            {
                if (text[begin + i] != chars[start + i])
                {
                    return false;
                }
            }
            return true;
        }

        // Twice the slots, each id placed again by its string's hash.
        void Grow()
        {
            var old = slots;
            slots = new int[old.Length * 2];
            var mask = slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry == 0)
                {
                    continue;
                }
                var id = entry - 1;
                var begin = id == 0 ? 0 : ends[id - 1];
                var slot = (int)Hash(text, begin, ends[id] - begin) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }

        // FNV-1a over the characters, mixed at the end so the low bits (the slot) depend on
        // every character.
        static uint Hash(char[] chars, int start, int length)
        {
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ chars[i]) * 16777619u;
            }
            return hash ^ (hash >> 15);
        }
    }
}
