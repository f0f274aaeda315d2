// What a twin found wrong as it ran (a pool that lost track of its particles, bytes that did
// not decode to the values encoded), as a Rust demo returns measure::demo::Error: Demo.Run
// prints `error: ` and the message on stderr, and ends the twin with exit status 1.

using System;

namespace Workshop
{
    public sealed class DemoException : Exception
    {
        public DemoException(string message) : base(message)
        {
        }
    }
}
