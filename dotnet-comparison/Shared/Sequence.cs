// --print-sequence: the lines a twin prints for CI to compare with its Rust demo's, byte for
// byte. UTF-8 without a byte-order mark, "\n" line ends on every platform, buffered (a twin
// may print millions of lines).

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Workshop
{
    public static class Sequence
    {
        // Prints `lines`, each ended by "\n", as the Rust demo writes them.
        public static void Print(IEnumerable<string> lines)
        {
            using (var output = Output())
            {
                foreach (var line in lines)
                {
                    output.WriteLine(line);
                }
            }
        }

        // Standard output as the Rust demo writes it; dispose of it (or flush it) when done.
        static StreamWriter Output() =>
            new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
            {
                NewLine = "\n",
            };
    }
}
