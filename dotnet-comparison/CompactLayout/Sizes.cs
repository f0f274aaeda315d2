// Sizes on this runtime, measured by what it allocates: a struct's bytes are what an array
// of 2,000 of it takes beyond an array of 1,000, over 1,000 (a struct holding a reference has
// no sizeof in C# 7); a class instance's are what 1,000 uninitialised instances take, over
// 1,000 (its header included).

using System;
using System.Runtime.Serialization;
using Workshop;

namespace CompactLayout
{
    static class Sizes
    {
        public static long Of<T>()
        {
            var before = AllocatedBytes.Now();
            var thousand = new T[1000];
            var middle = AllocatedBytes.Now();
            var twoThousand = new T[2000];
            var after = AllocatedBytes.Now();
            GC.KeepAlive(thousand);
            GC.KeepAlive(twoThousand);
            return (after - middle - (middle - before)) / 1000;
        }

        public static long OfInstance(Type type)
        {
            var instances = new object[1000];
            var before = AllocatedBytes.Now();
            for (var i = 0; i < instances.Length; i++)
            {
                instances[i] = FormatterServices.GetUninitializedObject(type);
            }
            var after = AllocatedBytes.Now();
            GC.KeepAlive(instances);
            return (after - before) / instances.Length;
        }
    }
}
