// What the demo does with a set of flags, whichever it is (the Flags trait of
// crates/bitset/src/flags.rs): each operation is one call, with its loop inside (no call per
// flag).

namespace Bitset
{
    interface IFlags
    {
        void Insert(int[] indexes);
        int Hits(int[] indexes); // how many of `indexes` are set
        int Count();             // how many flags are set
        void Fill();             // sets every flag, in order
    }
}
