// What the demo does with a pool of particles, either way (the Slots trait of
// crates/pool/src/slots.rs). PoolSlots and BoxSlots are structs, so code generic over them
// (Slots.cs, Ways.cs, Timed.cs) is compiled once for each, as Rust compiles a generic: the
// warm-up and the churn call each pool's Insert and Remove directly, no interface call per
// particle.

namespace Pool
{
    interface ISlots
    {
        Handle Put(Particle particle);                   // inserts it
        bool Take(Handle handle, out Particle particle); // removes it, if it is here
        bool Holds(Handle handle);                       // its particle is here
        int Count { get; }                               // particles held
        int Capacity { get; }                            // slots: held, free or retired
    }
}
