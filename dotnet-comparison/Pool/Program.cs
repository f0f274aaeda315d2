// The .NET twin of crates/pool: 100,000 live particles churned by a million remove + insert
// cycles, with the same seeded victims as the Rust demo (--print-sequence N prints the first
// N, on both sides). boxes: a class instance per particle, `new` for each, its reference kept
// in a pool of slots with generations and a free list, as the Rust demo's BoxPool keeps a Box
// per value. pool: the particles as structs inline in one array of slots, a list of free
// slots, with generational handles, as the Rust demo's Pool. (.NET's own pools,
// ObjectPool<T> from Microsoft.Extensions.ObjectPool and ArrayPool<T>, reuse objects and
// arrays the same way. Mono 6.8 has ArrayPool<T> (in its mscorlib; the workshop's issue said
// it had not) but not ObjectPool<T>, a NuGet package; the twin needs its own slots and
// handles anyway.)
//
// By default each way is measured --repeat times, side by side: median warm-up and churn
// times, a full collection with every particle alive, collections per generation and bytes
// allocated during the churn, and the slots at the end. --seconds N runs one way (--way) for
// N seconds, a new pool, the warm-up, the churn and letting go per round, with a line per
// second; --report adds the `@name value` lines `workshop compare` reads.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Workshop;

namespace Pool
{
    // The churn every side runs: exercises/pool/src/workload.rs, draw for draw.
    static class Workload
    {
        public const int Live = 100000;
        public const int Cycles = 1000000;
        public const ulong Seed = 42;

        // Which live particle each cycle removes: `cycles` positions, each below `live` (at
        // least 1), seeded.
        public static int[] Victims(ulong seed, int cycles, int live)
        {
            return SplitMix64.Indexes(seed, cycles, live);
        }

        // Vec::swap_remove: the handle at `index` out, the last one moved into its place.
        public static Handle SwapRemove(List<Handle> handles, int index)
        {
            int last = handles.Count - 1;
            Handle removed = handles[index];
            handles[index] = handles[last];
            handles.RemoveAt(last);
            return removed;
        }
    }

    // A small object of the kind a game or a simulation churns through: 40 bytes, as the
    // Rust demo's Particle. This one is a struct, stored inline in the pool's array.
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
            float f = (float)id;
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

    // The same particle as a class, as C# is usually written: each `new` is an object on the
    // heap, the 40 bytes behind an object header.
    sealed class ParticleObject
    {
        public float X, Y, Z;
        public float Vx, Vy, Vz;
        public long Id;
        public long Age;

        public ParticleObject(long id)
        {
            float f = (float)id;
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

    // Which slot, and which occupant of it: a slot's generation counts the values it has
    // held, so a handle to a removed value is refused even when its slot holds another.
    struct Handle
    {
        public int Index;
        public uint Generation;

        public Handle(int index, uint generation)
        {
            Index = index;
            Generation = generation;
        }
    }

    // What the demo does with a pool of particles, either way (crates/pool/src/slots.rs).
    // The warm-up and the churn are one call each, with their loop inside, so each way calls
    // its own insert and remove directly (no virtual call per particle).
    abstract class Slots
    {
        // Fills the pool with `live` particles, their handles in `handles` (cleared first).
        public abstract void WarmUp(List<Handle> handles, int live);

        // One cycle per victim: the particle at that position of `handles` removed (the last
        // handle moves into its place), a new one inserted and its handle appended. Returns
        // the removed particles' ids, summed.
        public abstract long Churn(List<Handle> handles, int[] victims);

        public abstract bool Holds(Handle handle); // its particle is here
        public abstract bool Take(Handle handle);  // removes its particle
        public abstract Handle Put(long id);       // inserts the particle numbered `id`
        public abstract int Count { get; }         // particles held
        public abstract int Capacity { get; }      // slots: held, free or retired
    }

    // A class instance per particle, its reference in a slot: BoxPool in
    // exercises/pool/src/naive.rs. Every insert allocates an object; every remove leaves one
    // for the collector.
    sealed class BoxPool : Slots
    {
        readonly List<ParticleObject> values = new List<ParticleObject>(); // null: free
        uint[] generations = new uint[0]; // one per slot, grown with `values`
        readonly List<int> free = new List<int>(); // popped from the end, as a Vec
        int count;

        public Handle Insert(ParticleObject value)
        {
            int index;
            if (free.Count > 0)
            {
                index = free[free.Count - 1];
                free.RemoveAt(free.Count - 1);
                values[index] = value;
            }
            else
            {
                index = values.Count;
                values.Add(value);
                if (index == generations.Length)
                {
                    Array.Resize(ref generations, Math.Max(4, index * 2));
                }
            }
            count++;
            return new Handle(index, generations[index]);
        }

        // The particle `handle` refers to, or null if it is gone.
        public ParticleObject Get(Handle handle)
        {
            return (uint)handle.Index < (uint)values.Count
                && generations[handle.Index] == handle.Generation ? values[handle.Index] : null;
        }

        // Takes the particle out (null if it is gone); its slot is reused, unless its
        // generations ran out.
        public ParticleObject Remove(Handle handle)
        {
            ParticleObject value = Get(handle);
            if (value == null)
            {
                return null;
            }
            values[handle.Index] = null;
            count--;
            if (handle.Generation + 1 < uint.MaxValue)
            {
                generations[handle.Index] = handle.Generation + 1;
                free.Add(handle.Index);
            }
            return value;
        }

        public override void WarmUp(List<Handle> handles, int live)
        {
            handles.Clear();
            for (int id = 0; id < live; id++)
            {
                handles.Add(Insert(new ParticleObject(id)));
            }
        }

        public override long Churn(List<Handle> handles, int[] victims)
        {
            long firstId = handles.Count, gone = 0;
            for (int cycle = 0; cycle < victims.Length; cycle++)
            {
                ParticleObject removed = Remove(Workload.SwapRemove(handles, victims[cycle]));
                if (removed != null)
                {
                    gone += removed.Id;
                }
                handles.Add(Insert(new ParticleObject(firstId + cycle)));
            }
            return gone;
        }

        public override bool Holds(Handle handle)
        {
            return Get(handle) != null;
        }

        public override bool Take(Handle handle)
        {
            return Remove(handle) != null;
        }

        public override Handle Put(long id)
        {
            return Insert(new ParticleObject(id));
        }

        public override int Count { get { return count; } }
        public override int Capacity { get { return values.Count; } }
    }

    // The pool: the particles inline in one struct array of slots, grown by doubling as a
    // List is, and a list of the free slots' indexes, popped from the end (Pool in
    // solutions/pool/src/slots.rs: a Vec of slots, each a generation and an Option<T>, and a
    // Vec<u32> free list). The churn allocates nothing once the free list has grown.
    sealed class ParticlePool : Slots
    {
        struct Slot
        {
            public Particle Value;
            public uint Generation;
            public bool Held; // Rust's Option<T> keeps this flag in its tag
        }

        Slot[] slots = new Slot[0];
        int used; // slots in use, held, free or retired: the rest are spare capacity
        readonly List<int> free = new List<int>(); // popped from the end, as a Vec
        int count;

        public Handle Insert(Particle value)
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
            slots[index].Value = value;
            slots[index].Held = true;
            count++;
            return new Handle(index, slots[index].Generation);
        }

        // Doubles the slots, as List<T>.Add does (apart, so Insert stays small).
        void Grow()
        {
            Array.Resize(ref slots, Math.Max(4, used * 2));
        }

        // The particle `handle` refers to, if it is still here.
        public bool Get(Handle handle, out Particle value)
        {
            if ((uint)handle.Index < (uint)used && slots[handle.Index].Held
                && slots[handle.Index].Generation == handle.Generation)
            {
                value = slots[handle.Index].Value;
                return true;
            }
            value = default(Particle);
            return false;
        }

        // Takes the particle out, if it is still here, and frees its slot for the next insert,
        // unless its generations ran out (then it is retired: never reused).
        public bool Remove(Handle handle, out Particle value)
        {
            if (!Get(handle, out value))
            {
                return false;
            }
            int index = handle.Index;
            slots[index].Held = false;
            count--;
            if (handle.Generation + 1 < uint.MaxValue)
            {
                slots[index].Generation = handle.Generation + 1;
                free.Add(index);
            }
            return true;
        }

        public override void WarmUp(List<Handle> handles, int live)
        {
            handles.Clear();
            for (int id = 0; id < live; id++)
            {
                handles.Add(Insert(new Particle(id)));
            }
        }

        public override long Churn(List<Handle> handles, int[] victims)
        {
            long firstId = handles.Count, gone = 0;
            for (int cycle = 0; cycle < victims.Length; cycle++)
            {
                Particle removed;
                if (Remove(Workload.SwapRemove(handles, victims[cycle]), out removed))
                {
                    gone += removed.Id;
                }
                handles.Add(Insert(new Particle(firstId + cycle)));
            }
            return gone;
        }

        public override bool Holds(Handle handle)
        {
            Particle value;
            return Get(handle, out value);
        }

        public override bool Take(Handle handle)
        {
            Particle value;
            return Remove(handle, out value);
        }

        public override Handle Put(long id)
        {
            return Insert(new Particle(id));
        }

        public override int Count { get { return count; } }
        public override int Capacity { get { return used; } }
    }

    // One way measured --repeat times: median times in Stopwatch ticks, the counts from the
    // last run (the first also compiles the code).
    sealed class Measured
    {
        public long WarmUp, Churn, Collect;
        public int Gen0, Gen1, Gen2; // collections during the churn
        // Bytes allocated during the churn, by this thread, which runs it:
        // GC.GetAllocatedBytesForCurrentThread(), exact and itself allocation-free on Mono and
        // .NET Core alike. (Measures.TotalAllocatedBytes() counts in allocation contexts of
        // some KiB on .NET Core, and is n/a on Mono: too coarse for a churn allocating nothing.)
        public long Allocated;
        public int Slots;
    }

    static class Program
    {
        const string BoxesName = "new per object";
        const string PoolName = "struct pool";

        static long checksum; // every churn adds to it, so no work is optimised away

        static int Main(string[] args)
        {
            Options options = new Options();
            return options.Declare().Run(args, () => Demo(options));
        }

        // The first N victims, one per line, as the Rust demo prints them.
        static void PrintSequence(Options options)
        {
            StreamWriter output = Sequence.Output();
            foreach (int victim in Workload.Victims(options.Seed, options.PrintSequence,
                options.Live))
            {
                output.WriteLine(victim.ToString(CultureInfo.InvariantCulture));
            }
            output.Flush();
        }

        // The demo, its arguments taken: the first victims, or the ways measured.
        static void Demo(Options options)
        {
            if (options.PrintSequence > 0)
            {
                PrintSequence(options);
                return;
            }
            int[] victims = Workload.Victims(options.Seed, options.Cycles, options.Live);
            Report.Title("Object pools");
            int size = Marshal.SizeOf(typeof(Particle));
            Console.WriteLine(Format("{0} particles of {1} bytes alive ({2} as an object, with "
                + "its header);", Measures.Count(options.Live), size, size + 2 * IntPtr.Size));
            Console.WriteLine(Format("{0} cycles, each removing a random one and inserting a "
                + "new one\n(seed {1}).", Measures.Count(options.Cycles), options.Seed));
            if (options.Seconds > 0)
            {
                Timed(options, victims);
            }
            else
            {
                SideBySide(options, victims);
            }
            GC.KeepAlive(checksum);
        }

        static Slots NewPool(bool boxes)
        {
            return boxes ? (Slots)new BoxPool() : new ParticlePool();
        }

        static void SideBySide(Options options, int[] victims)
        {
            int repeat = options.Repeat;
            Console.WriteLine(repeat == 1 ? "Each way measured once."
                : Format("Each way measured {0} times; times are medians.", repeat));
            Console.WriteLine();
            List<Handle> handles = new List<Handle>(options.Live);
            Measured boxes = Measure(true, options.Live, victims, repeat, handles);
            Measured pool = Measure(false, options.Live, victims, repeat, handles);
            const string Row = "  {0,-28}  {1,14}  {2,11}";
            Console.WriteLine(Format(Row, "", BoxesName, PoolName));
            Console.WriteLine(Format(Row, "warm-up", Measures.Duration(boxes.WarmUp),
                Measures.Duration(pool.WarmUp)));
            Console.WriteLine(Format(Row, "churn", Measures.Duration(boxes.Churn),
                Measures.Duration(pool.Churn)));
            Console.WriteLine(Format(Row, "GC.Collect(), all alive",
                Measures.Duration(boxes.Collect), Measures.Duration(pool.Collect)));
            Console.WriteLine(Format(Row, "collections gen0/1/2, churn", Generations(boxes),
                Generations(pool)));
            Console.WriteLine(Format(Row, "allocated, churn", Measures.Bytes(boxes.Allocated),
                Measures.Bytes(pool.Allocated)));
            Console.WriteLine(Format(Row, "slots at the end", Measures.Count(boxes.Slots),
                Measures.Count(pool.Slots)));
            Console.WriteLine("Collections and bytes: the last run's (the first also compiles "
                + "the code).");
            Console.WriteLine();
            Console.WriteLine("The struct pool: warm-up " + Measures.Speedup(boxes.WarmUp,
                pool.WarmUp) + ", churn " + Measures.Speedup(boxes.Churn, pool.Churn) + ",");
            Console.WriteLine("a full collection with every particle alive " +
                Measures.Speedup(boxes.Collect, pool.Collect) + ".");
            Console.WriteLine();
            Console.WriteLine(
                "new per object: a class instance per particle, its reference in a List\n" +
                "of slots with a generation each and a List<int> of free ones, as the\n" +
                "Rust demo's Box per object. Each insert allocates; each remove leaves\n" +
                "an object for the collector, and every full collection walks the live\n" +
                "ones. struct pool: the particles inline in one struct array (copied\n" +
                "whenever it doubles in the warm-up) and a List<int> of free ones; the\n" +
                "churn reuses them, allocating only the free list's first array.\n" +
                "Letting go of either pool takes no time; a later collection frees it.\n" +
                "(ObjectPool<T> and ArrayPool<T> are .NET's own pools, of objects and of\n" +
                "arrays.)");
            Console.WriteLine();
            Console.WriteLine("Beside the Rust demo, measured: cargo workshop compare pool");
        }

        // One way, `repeat` times, each from a collected heap (the Rust demo has freed the
        // last run's pool): a new pool, the warm-up, the churn, the check, a full collection
        // with every particle alive, and letting go.
        static Measured Measure(bool boxes, int live, int[] victims, int repeat,
            List<Handle> handles)
        {
            long[] warmUp = new long[repeat], churn = new long[repeat];
            long[] collect = new long[repeat];
            Measured measured = new Measured();
            for (int run = 0; run < repeat; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Slots pool = NewPool(boxes);
                long began = Stopwatch.GetTimestamp();
                pool.WarmUp(handles, live);
                warmUp[run] = Stopwatch.GetTimestamp() - began;
                int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1);
                int gen2 = GC.CollectionCount(2);
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                began = Stopwatch.GetTimestamp();
                checksum += pool.Churn(handles, victims);
                churn[run] = Stopwatch.GetTimestamp() - began;
                long allocatedAfter = GC.GetAllocatedBytesForCurrentThread();
                measured.Gen0 = GC.CollectionCount(0) - gen0;
                measured.Gen1 = GC.CollectionCount(1) - gen1;
                measured.Gen2 = GC.CollectionCount(2) - gen2;
                measured.Allocated = allocatedAfter - allocated;
                measured.Slots = pool.Capacity;
                Check(pool, handles, live);
                began = Stopwatch.GetTimestamp();
                GC.Collect();
                collect[run] = Stopwatch.GetTimestamp() - began;
                GC.KeepAlive(pool); // and let go of it
            }
            measured.WarmUp = Median(warmUp);
            measured.Churn = Median(churn);
            measured.Collect = Median(collect);
            return measured;
        }

        // After the churn: `live` particles held, every handle finds its own, and a handle
        // whose particle is removed is refused, also once its slot holds a new one. Exits
        // with 1 if not.
        static void Check(Slots pool, List<Handle> handles, int live)
        {
            bool good = pool.Count == live && handles.Count == live;
            for (int i = 0; good && i < handles.Count; i++)
            {
                good = pool.Holds(handles[i]);
            }
            if (good)
            {
                Handle gone = handles[handles.Count - 1];
                good = pool.Take(gone) && !pool.Holds(gone) && !pool.Take(gone);
                Handle next = pool.Put(-1);
                good = good && pool.Holds(next) && !pool.Holds(gone) && pool.Count == live;
                handles[handles.Count - 1] = next;
            }
            if (!good)
            {
                Console.Error.WriteLine("error: the pool lost track of its particles");
                Environment.Exit(1);
            }
        }

        // The lower middle, as in Rust.
        static long Median(long[] ticks)
        {
            Array.Sort(ticks);
            return ticks[(ticks.Length - 1) / 2];
        }

        static void Timed(Options options, int[] victims)
        {
            Console.WriteLine(Format("A new pool, the warm-up, the churn and letting go, again "
                + "and again for {0} s:", options.Seconds));
            Console.WriteLine(options.Boxes
                ? "a class instance per particle, its reference in a slot."
                : "the particles inline in one struct array, free slots reused.");
            Console.WriteLine();
            List<Handle> handles = new List<Handle>(options.Live);
            bool boxes = options.Boxes;
            int live = options.Live;
            checksum += Workshop.Timed.Run(options.Seconds, "round", "rounds", () =>
            {
                Slots pool = NewPool(boxes);
                pool.WarmUp(handles, live);
                return pool.Churn(handles, victims);
            });
        }

        static string Generations(Measured measured)
        {
            return measured.Gen0 + "/" + measured.Gen1 + "/" + measured.Gen2;
        }

        static string Format(string format, params object[] values)
        {
            return string.Format(CultureInfo.InvariantCulture, format, values);
        }
    }

    // --live, --cycles, --seed, --repeat, --seconds, --way, --report, --print-sequence: as the
    // Rust demo.
    sealed class Options : RunOptions
    {
        public int Live = Workload.Live;
        public int Cycles = Workload.Cycles;
        public bool Boxes;

        public Options() : base(Workload.Seed, 5)
        {
        }

        // The arguments, as the Rust demo takes them.
        public Arguments Declare()
        {
            Arguments arguments = new Arguments(
                "usage: Pool [--live 1-1000000] [--cycles 0-10000000] [--seed N]\n" +
                "            [--repeat 1-100]\n" +
                "            [--seconds 1-3600 [--way boxes|pool] [--report]]\n" +
                "            [--print-sequence 1-10000000]");
            arguments.Number("--live", 1, 1000000, n => Live = (int)n);
            arguments.Number("--cycles", 0, 10000000, n => Cycles = (int)n);
            DeclareRuns(arguments, 10000000, "--way", way => Boxes = way == "boxes",
                "boxes", "pool");
            return arguments;
        }
    }
}
