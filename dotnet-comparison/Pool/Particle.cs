// A small object of the kind a game or a simulation churns through: 40 bytes, as the Rust
// demo's Particle. A struct: inline in a Pool<Particle>'s array, or each in an object of its
// own, a Box<Particle> (56 bytes with the object's header), in a BoxPool<Particle>.

using System.Runtime.InteropServices;

namespace Pool
{
    [StructLayout(LayoutKind.Sequential)]
    struct Particle
    {
        public float X, Y, Z;    // position
        public float Vx, Vy, Vz; // velocity
        public long Id;
        public long Age;

        // The particle numbered `id`, as Particle::new makes it.
        public Particle(long id)
        {
            float f = id;
            X = f;
            Y = f * 0.5f;
            Z = f * 0.25f;
            Vx = 1f;
            Vy = -1f;
            Vz = 0.5f;
            Id = id;
            Age = 0;
        }
    }
}
