// A twin's command line, declared once as its Rust demo's clap struct declares it: whole
// numbers in inclusive ranges, a seed (any u64), one-of choices, on/off flags, and the rules
// between them (`--repeat` apart from `--seconds`, `--report` needing `--seconds`). Every twin
// says what is wrong in the same words, prints its usage on --help (or -h), and ends quietly
// when its output is closed early.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Workshop
{
    public sealed class Arguments
    {
        // One option: a flag sets itself; a value option takes the value that follows it and
        // says what is wrong with it (null when it is good).
        sealed class Option
        {
            public Action Set;
            public Func<string, string> Take;
            public bool Given;
        }

        readonly string usage;
        readonly Dictionary<string, Option> options = new Dictionary<string, Option>();
        // Apart and Needs: checked in order, once every option is taken.
        readonly List<Func<string>> rules = new List<Func<string>>();
        NumberStyles numbers = NumberStyles.None; // digits only, unless Lenient
        IFormatProvider culture = CultureInfo.InvariantCulture;

        public Arguments(string usage)
        {
            this.usage = usage;
        }

        // --help or -h was given (before anything wrong): print the usage and stop.
        public bool Help { get; private set; }

        // Numbers read as long.TryParse(value) reads them: white space around them and a sign
        // allowed, in the current culture. ScopedDrops has always read its numbers so; the
        // other twins read digits only.
        public void Lenient()
        {
            numbers = NumberStyles.Integer;
            culture = CultureInfo.CurrentCulture;
        }

        // `--name`, on or off.
        public void Flag(string name, Action set)
        {
            Add(name, set, null);
        }

        // `--name N`, N a whole number from `min` to `max`.
        public void Number(string name, long min, long max, Action<long> set)
        {
            Add(name, null, value =>
            {
                long number;
                if (!long.TryParse(value, numbers, culture, out number))
                {
                    return NotWhole(name, value);
                }
                if (number < min || number > max)
                {
                    return OutOfRange(name, value);
                }
                set(number);
                return null;
            });
        }

        // `--name N`, N any u64 (a seed).
        public void Seed(string name, Action<ulong> set)
        {
            Add(name, null, value =>
            {
                ulong seed;
                long number;
                if (ulong.TryParse(value, numbers, culture, out seed))
                {
                    set(seed);
                    return null;
                }
                // A whole number that is no u64 is a negative one (where a sign is allowed).
                return long.TryParse(value, numbers, culture, out number)
                    ? OutOfRange(name, value) : NotWhole(name, value);
            });
        }

        // `--name one|other`: `set` is given the one named.
        public void Choice(string name, Action<string> set, params string[] choices)
        {
            Add(name, null, value =>
            {
                if (Array.IndexOf(choices, value) < 0)
                {
                    return name + " is " + OneOf(choices) + ", not " + value;
                }
                set(value);
                return null;
            });
        }

        // As clap's conflicts_with: `one` and `other` are not both given.
        public void Apart(string one, string other)
        {
            rules.Add(() => options[one].Given && options[other].Given
                ? one + " and " + other + " do not go together" : null);
        }

        // As clap's requires: any of `names` needs `needed` (the first of them given is named).
        public void Needs(string needed, params string[] names)
        {
            rules.Add(() =>
            {
                if (options[needed].Given)
                {
                    return null;
                }
                foreach (string name in names)
                {
                    if (options[name].Given)
                    {
                        return name + " needs " + needed;
                    }
                }
                return null;
            });
        }

        // Null when the arguments are good (or --help came first); otherwise what is wrong
        // with them, the first thing found.
        public string Parse(string[] args)
        {
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name == "--help" || name == "-h")
                {
                    Help = true;
                    return null;
                }
                Option option;
                bool known = options.TryGetValue(name, out option);
                if (known && option.Take == null)
                {
                    option.Set();
                    option.Given = true;
                    continue;
                }
                if (i + 1 >= args.Length)
                {
                    return "unknown or incomplete argument: " + name;
                }
                if (!known)
                {
                    return "unknown argument: " + name;
                }
                string error = option.Take(args[++i]);
                if (error != null)
                {
                    return error;
                }
                option.Given = true;
            }
            foreach (Func<string> rule in rules)
            {
                string error = rule();
                if (error != null)
                {
                    return error;
                }
            }
            return null;
        }

        // A twin's Main, as measure::demo::run is a Rust demo's: parses `args`, then runs
        // `demo`. Returns the exit code: 0; 0 after --help, the usage printed; 2 after bad
        // arguments, what is wrong and the usage printed on stderr; 141, quietly, when stdout
        // is closed early (`| head`), as the Rust demos end.
        public int Run(string[] args, Action demo)
        {
            string error = Parse(args);
            if (error != null)
            {
                return Report.BadArguments(error, usage);
            }
            if (Help)
            {
                Console.WriteLine(usage);
                return 0;
            }
            try
            {
                demo();
            }
            catch (IOException)
            {
                return 141;
            }
            return 0;
        }

        void Add(string name, Action set, Func<string, string> take)
        {
            Option option = new Option();
            option.Set = set;
            option.Take = take;
            options.Add(name, option);
        }

        static string NotWhole(string name, string value)
        {
            return name + " needs a whole number, not " + value;
        }

        static string OutOfRange(string name, string value)
        {
            return "unknown argument or value out of range: " + name + " " + value;
        }

        // `a or b`, `a, b or c`.
        static string OneOf(string[] choices)
        {
            string last = choices[choices.Length - 1];
            return choices.Length == 1 ? last
                : string.Join(", ", choices, 0, choices.Length - 1) + " or " + last;
        }
    }
}
