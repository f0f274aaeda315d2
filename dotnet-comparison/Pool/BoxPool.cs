// A pool whose values each live in an object of their own: BoxPool<T>(Pool<Box<T>>) of
// exercises/pool/src/naive.rs, in C#. The same slots, free list and handles (a Pool, holding
// references), so the only difference measured is the object: every insert allocates one,
// every remove leaves one for the collector.

namespace Pool
{
    sealed class BoxPool<T>
    {
        readonly Pool<Box<T>> pool = new Pool<Box<T>>();

        public int Count => pool.Count;
        public int Capacity => pool.Capacity;

        public Handle Insert(T value) => pool.Insert(new Box<T>(value)); // the allocation

        // Whether the value `handle` refers to is still here.
        public bool Contains(Handle handle) => pool.Contains(handle);

        // Takes the value out, if it is still here (its object is left for the collector).
        public bool Remove(Handle handle, out T value)
        {
            if (!pool.Remove(handle, out var boxed))
            {
                value = default(T);
                return false;
            }
            value = boxed.Value;
            return true;
        }
    }
}
