// The pool way: the particles inline in a Pool<Particle>'s struct array.

namespace Pool
{
    struct PoolSlots : ISlots
    {
        public const string Name = "struct pool";

        readonly Pool<Particle> pool;

        PoolSlots(Pool<Particle> pool) => this.pool = pool;

        public int Count => pool.Count;
        public int Capacity => pool.Capacity;

        public static PoolSlots Empty() => new PoolSlots(new Pool<Particle>());

        public Handle Put(Particle particle) => pool.Insert(particle);
        public bool Take(Handle handle, out Particle particle) => pool.Remove(handle, out particle);
        public bool Holds(Handle handle) => pool.Contains(handle);
    }
}
