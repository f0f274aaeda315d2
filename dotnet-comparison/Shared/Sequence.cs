// --print-sequence: the lines a twin prints for CI to compare with its Rust demo's, byte for
// byte. UTF-8 without a byte-order mark, "\n" line ends on every platform, buffered (a twin
// may print millions of lines).

using System;
using System.IO;
using System.Text;

namespace Workshop
{
    public static class Sequence
    {
        // Standard output as the Rust demo writes it; flush (or dispose) it when done.
        public static StreamWriter Output()
        {
            StreamWriter output = new StreamWriter(Console.OpenStandardOutput(),
                new UTF8Encoding(false), 1 << 16);
            output.NewLine = "\n";
            return output;
        }
    }
}
