// Parsing as a .NET developer writes it first: string.Split for the lines, the fields and
// each key and value, and long.Parse. Every piece is a new string.

using System.Collections.Generic;
using System.Globalization;

namespace ZeroCopy
{
    static class OwnedParser
    {
        // ANCHOR: owned
        public static List<OwnedRecord> Parse(string text)
        {
            var records = new List<OwnedRecord>();
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0)
                {
                    continue;
                }
                var record = new OwnedRecord();
                foreach (var field in line.Split(' '))
                {
                    var parts = field.Split(EqualsSign, 2);
                    var value = parts[1];
                    switch (parts[0])
                    {
                        case "time":
                            record.Time = long.Parse(value, Invariant);
                            break;
                        case "method":
                            record.Method = value;
                            break;
                        case "path":
                            record.Path = value;
                            break;
                        case "status":
                            record.Status = int.Parse(value, Invariant);
                            break;
                        case "bytes":
                            record.Bytes = long.Parse(value, Invariant);
                            break;
                        case "agent":
                            record.Agent = value;
                            break;
                    }
                }
                records.Add(record);
            }
            return records;
        }
        // ANCHOR_END: owned

        static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
        static readonly char[] EqualsSign = { '=' };
    }
}
