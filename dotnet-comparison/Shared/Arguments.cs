// A twin's command line, declared once as its Rust demo's clap struct declares it: whole
// numbers in inclusive ranges, a seed (any u64), one-of choices, on/off flags, and the rules
// between them (`--repeat` apart from `--seconds`, `--report` needing `--seconds`). Every twin
// says what is wrong in the same words (a UsageException, which Demo.Run prints with the
// usage), and prints its usage on --help (or -h).

using System;
using System.Collections.Generic;
using System.Globalization;

namespace Workshop
{
    public sealed class Arguments
    {
        // One option: a flag sets itself; a value option takes the value that follows it and
        // says what is wrong with it (null when it is good).
        sealed class Option
        {
            public Action Set { get; set; }
            public Func<string, string> Take { get; set; }
            public bool Given { get; set; }
        }

        readonly Dictionary<string, Option> options = new Dictionary<string, Option>();
        // Apart and Needs: checked in order, once every option is taken.
        readonly List<Func<string>> rules = new List<Func<string>>();
        NumberStyles numbers = NumberStyles.None; // digits only, unless Lenient
        IFormatProvider culture = CultureInfo.InvariantCulture;

        public Arguments(string usage) => Usage = usage;

        // How the arguments go, printed on --help and after bad ones.
        public string Usage { get; }

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
        public void Flag(string name, Action set) => Add(name, new Option { Set = set });

        // `--name N`, N a whole number from `min` to `max`.
        public void Number(string name, long min, long max, Action<long> set) =>
            Add(name, value =>
            {
                if (!long.TryParse(value, numbers, culture, out var number))
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

        // `--name N`, N any u64 (a seed).
        public void Seed(string name, Action<ulong> set) =>
            Add(name, value =>
            {
                if (ulong.TryParse(value, numbers, culture, out var seed))
                {
                    set(seed);
                    return null;
                }
                // A whole number that is no u64 is a negative one (where a sign is allowed).
                return long.TryParse(value, numbers, culture, out _)
                    ? OutOfRange(name, value) : NotWhole(name, value);
            });

        // `--name one|other`: `set` is given the one named.
        public void Choice(string name, Action<string> set, params string[] choices) =>
            Add(name, value =>
            {
                if (Array.IndexOf(choices, value) < 0)
                {
                    return $"{name} is {OneOf(choices)}, not {value}";
                }
                set(value);
                return null;
            });

        // As clap's conflicts_with: `one` and `other` are not both given.
        public void Apart(string one, string other) =>
            rules.Add(() => options[one].Given && options[other].Given
                ? $"{one} and {other} do not go together" : null);

        // As clap's requires: any of `names` needs `needed` (the first of them given is named).
        public void Needs(string needed, params string[] names) =>
            rules.Add(() =>
            {
                if (options[needed].Given)
                {
                    return null;
                }
                var given = Array.Find(names, name => options[name].Given);
                return given == null ? null : $"{given} needs {needed}";
            });

        // Takes `args`, or throws a UsageException saying what is wrong with them, the first
        // thing found. --help (or -h) before anything wrong sets Help and ends the reading.
        public void Parse(string[] args)
        {
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                if (name == "--help" || name == "-h")
                {
                    Help = true;
                    return;
                }
                var known = options.TryGetValue(name, out var option);
                if (known && option.Take == null)
                {
                    option.Set();
                    option.Given = true;
                    continue;
                }
                if (i + 1 >= args.Length)
                {
                    throw new UsageException("unknown or incomplete argument: " + name);
                }
                if (!known)
                {
                    throw new UsageException("unknown argument: " + name);
                }
                var error = option.Take(args[++i]);
                if (error != null)
                {
                    throw new UsageException(error);
                }
                option.Given = true;
            }
            foreach (var rule in rules)
            {
                var error = rule();
                if (error != null)
                {
                    throw new UsageException(error);
                }
            }
        }

        void Add(string name, Func<string, string> take) => Add(name, new Option { Take = take });

        void Add(string name, Option option) => options.Add(name, option);

        static string NotWhole(string name, string value) =>
            $"{name} needs a whole number, not {value}";

        static string OutOfRange(string name, string value) =>
            $"unknown argument or value out of range: {name} {value}";

        // `a or b`, `a, b or c`.
        static string OneOf(string[] choices)
        {
            var last = choices[choices.Length - 1];
            return choices.Length == 1 ? last
                : string.Join(", ", choices, 0, choices.Length - 1) + " or " + last;
        }
    }
}
