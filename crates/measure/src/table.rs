//! The one small side-by-side table every demo prints.
//!
//! ```
//! let mut table = measure::Table::new(["", "naive", "scoped"]);
//! table.row(["allocations", "1,024", "12"]);
//! assert_eq!(
//!     table.to_string(),
//!     "               naive  scoped\n  ───────────  ─────  ──────\n  allocations  1,024      12\n"
//! );
//! ```

use std::fmt;

/// A table with a header row: the first column is left-aligned (labels), the others
/// right-aligned (figures). Printed with [`Display`](fmt::Display).
#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headings.
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Self {
        let mut table = Self::default();
        table.row(header);
        table
    }

    /// Adds a row; missing cells print empty, extra cells are kept and widen the table.
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) -> &mut Self {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }

    fn widths(&self) -> Vec<usize> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        (0..columns)
            .map(|c| {
                let cells = self.rows.iter().filter_map(|row| row.get(c));
                cells.map(|cell| cell.chars().count()).max().unwrap_or(0)
            })
            .collect()
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widths = self.widths();
        let write_row = |f: &mut fmt::Formatter<'_>, cells: &mut dyn Iterator<Item = &str>| {
            let mut line = String::from(" ");
            for (c, width) in widths.iter().enumerate() {
                let cell = cells.next().unwrap_or("");
                let pad = " ".repeat(width - cell.chars().count());
                if c == 0 {
                    line.push_str(&format!(" {cell}{pad}"));
                } else {
                    line.push_str(&format!("  {pad}{cell}"));
                }
            }
            writeln!(f, "{}", line.trim_end())
        };
        for (r, row) in self.rows.iter().enumerate() {
            write_row(f, &mut row.iter().map(String::as_str))?;
            if r == 0 {
                let rules: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                write_row(f, &mut rules.iter().map(String::as_str))?;
            }
        }
        Ok(())
    }
}

/// Rows printed one at a time as they are measured (a line per second, say), so the column
/// widths are fixed up front: the first column left-aligned, the others right-aligned.
#[derive(Debug, Clone)]
pub struct Columns {
    widths: Vec<usize>,
}

impl Columns {
    /// Columns of these widths in characters (a cell that is wider pushes the line out).
    pub fn new(widths: impl IntoIterator<Item = usize>) -> Self {
        Self {
            widths: widths.into_iter().collect(),
        }
    }

    /// One line with these cells, without a line break.
    pub fn line<S: AsRef<str>>(&self, cells: impl IntoIterator<Item = S>) -> String {
        let mut line = String::from(" ");
        for (c, (cell, width)) in cells.into_iter().zip(&self.widths).enumerate() {
            let cell = cell.as_ref();
            let pad = " ".repeat(width.saturating_sub(cell.chars().count()));
            if c == 0 {
                line.push_str(&format!(" {cell}{pad}"));
            } else {
                line.push_str(&format!("  {pad}{cell}"));
            }
        }
        line.trim_end().to_string()
    }

    /// The rule under a heading line.
    pub fn rule(&self) -> String {
        self.line(self.widths.iter().map(|w| "─".repeat(*w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_labels_left_and_figures_right() {
        let mut table = Table::new(["", "a", "bb"]);
        table.row(["peak", "1.00 KiB", "2 B"]).row(["µ×", "1"]);
        let expected = concat!(
            "               a   bb\n",
            "  ────  ────────  ───\n",
            "  peak  1.00 KiB  2 B\n",
            "  µ×           1\n",
        );
        assert_eq!(table.to_string(), expected);
    }

    #[test]
    fn columns_have_fixed_widths() {
        let columns = Columns::new([4, 6]);
        assert_eq!(columns.line(["t", "1 B"]), "  t        1 B");
        assert_eq!(columns.rule(), "  ────  ──────");
        assert_eq!(columns.line(["toolong", "x"]), "  toolong       x");
    }

    #[test]
    fn an_empty_table_prints_nothing_but_its_rule() {
        assert_eq!(Table::new(Vec::<String>::new()).to_string(), "\n\n");
    }
}
