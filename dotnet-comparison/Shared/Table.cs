// A twin's side-by-side table and its timed run's line per second, laid out as
// measure::Columns lays out the Rust demos' (measure::Table's layout, with each column's width
// fixed up front): two spaces before each cell, the first column left-aligned (labels), the
// others right-aligned (figures), the end of the line trimmed. A cell wider than its column
// pushes the rest of the line out.

using System;
using System.Text;

namespace Workshop
{
    public sealed class Table
    {
        readonly int[] widths;

        // Columns of these widths in characters.
        public Table(params int[] widths) => this.widths = widths;

        // One line with these cells (missing ones empty).
        public string Line(params string[] cells)
        {
            var line = new StringBuilder();
            for (var column = 0; column < widths.Length; column++)
            {
                var cell = column < cells.Length ? cells[column] : "";
                line.Append("  ").Append(column == 0 ? cell.PadRight(widths[column])
                    : cell.PadLeft(widths[column]));
            }
            return line.ToString().TrimEnd();
        }

        // Prints the line with these cells.
        public void Row(params string[] cells) => Console.WriteLine(Line(cells));
    }
}
