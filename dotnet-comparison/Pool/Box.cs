// One value in an object of its own, on the heap: Rust's Box<T>, in C# (what boxing a struct
// makes, typed). Each `new Box<T>` is an allocation; the collector frees it once unreachable.

namespace Pool
{
    sealed class Box<T>
    {
        public Box(T value) => Value = value;

        public T Value { get; }
    }
}
