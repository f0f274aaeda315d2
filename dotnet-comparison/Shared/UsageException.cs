// The command line is wrong: the message says what, as clap says it. Demo.Run prints it and
// the usage on stderr, and ends the twin with exit status 2.

using System;

namespace Workshop
{
    public sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message)
        {
        }
    }
}
