// A twin's Main, as measure::demo::run is a Rust demo's: the arguments taken, then the demo
// run, and whatever ended it turned into the exit status.

using System;
using System.IO;

namespace Workshop
{
    public static class Demo
    {
        // Parses `args` by `arguments`, then runs `demo`. Returns the exit status: 0; 0 after
        // --help, the usage printed; 2 after bad arguments, what is wrong and the usage printed
        // on stderr; 1 after a DemoException, its message printed on stderr; 141, quietly, when
        // stdout is closed early (`| head`), as the Rust demos end.
        public static int Run(string[] args, Arguments arguments, Action demo)
        {
            try
            {
                arguments.Parse(args);
                if (arguments.Help)
                {
                    Console.WriteLine(arguments.Usage);
                }
                else
                {
                    demo();
                }
                return 0;
            }
            catch (UsageException error)
            {
                return Report.BadArguments(error.Message, arguments.Usage);
            }
            catch (DemoException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
            catch (IOException)
            {
                return 141;
            }
        }
    }
}
