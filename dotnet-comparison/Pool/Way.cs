// The ways to keep the particles, as crates/pool/src/timed.rs names them (`--way boxes`,
// `--way pool`).

namespace Pool
{
    enum Way
    {
        Boxes, // a class instance per particle (a Box<Particle>), its reference in a slot
        Pool,  // the particles inline in one struct array, free slots reused
    }
}
