// The timed run: every line parsed one way, the records let go, again and again for
// --seconds, with a line per second (Shared/Timed.cs), as the Rust demo's.

using System;
using Workshop;

namespace ZeroCopy
{
    static class Timed
    {
        public static void Run(Options options, string text)
        {
            Console.WriteLine("Parsed one way and let go, again and again for "
                + options.Seconds + " s: " + options.Way.ToString().ToLowerInvariant() + ".");
            Console.WriteLine();
            var way = options.Way;
            Checksum.Add(Workshop.Timed.Run(options.Seconds, "round", "rounds",
                () => way == Way.Owned ? OwnedParser.Parse(text).Count : SpanParser.Parse(text).Count));
        }
    }
}
