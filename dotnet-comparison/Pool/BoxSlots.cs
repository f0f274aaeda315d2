// The boxes way: a class instance per particle, its reference in a BoxPool<Particle>'s slot.

namespace Pool
{
    struct BoxSlots : ISlots
    {
        public const string Name = "new per object";

        readonly BoxPool<Particle> pool;

        BoxSlots(BoxPool<Particle> pool) => this.pool = pool;

        public int Count => pool.Count;
        public int Capacity => pool.Capacity;

        public static BoxSlots Empty() => new BoxSlots(new BoxPool<Particle>());

        public Handle Put(Particle particle) => pool.Insert(particle);
        public bool Take(Handle handle, out Particle particle) => pool.Remove(handle, out particle);
        public bool Holds(Handle handle) => pool.Contains(handle);
    }
}
