// The largest order by value; the last of equals, as Rust's max_by_key.

namespace Profiling
{
    struct LargestOrder
    {
        public LargestOrder(long id, long valueCents)
        {
            Id = id;
            ValueCents = valueCents;
        }

        public long Id { get; }
        public long ValueCents { get; }
    }
}
