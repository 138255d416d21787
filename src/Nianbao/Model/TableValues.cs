using Nianbao.Template;

namespace Nianbao.Model;

/// <summary>The values of one national table: row key → column key → value, in template order.</summary>
public sealed class TableValues
{
    readonly List<(string Row, List<(string Column, CellValue Value)> Cells)> rows = [];

    /// <summary>The format version whose layout this table follows.</summary>
    public required FormatId Layout { get; init; }

    /// <summary>Row keys of the rows read, in template order.</summary>
    public IEnumerable<string> RowKeys => rows.Select(r => r.Row);

    /// <summary>The cells of a row (column key and value) in template order; empty when the row was not read.</summary>
    public IEnumerable<(string Column, CellValue Value)> Row(string row) =>
        rowIndex.TryGetValue(row, out var r) ? rows[r].Cells : [];

    /// <summary>Every cell read, row by row.</summary>
    public IEnumerable<(string Row, string Column, CellValue Value)> All
    {
        get
        {
            foreach (var (row, cells) in rows)
                foreach (var (column, value) in cells) yield return (row, column, value);
        }
    }

    readonly Dictionary<string, int> rowIndex = [];

    /// <summary>A cell of this table by its row and column (the table key is not checked).</summary>
    public CellValue this[CellRef cell] => this[cell.Row, cell.Column];

    /// <summary>A cell by row and column key: <see cref="CellValue.Absent"/> when not read; setting adds the row or column, or replaces the cell.</summary>
    public CellValue this[string row, string column]
    {
        get
        {
            if (!rowIndex.TryGetValue(row, out var r)) return CellValue.Absent;
            foreach (var (c, v) in rows[r].Cells) if (c == column) return v;
            return CellValue.Absent;
        }
        set
        {
            if (!rowIndex.TryGetValue(row, out var r))
            {
                rows.Add((row, []));
                rowIndex[row] = r = rows.Count - 1;
            }
            var cells = rows[r].Cells;
            var c = 0;
            while (c < cells.Count && cells[c].Column != column) c++;
            if (c == cells.Count) cells.Add((column, value)); else cells[c] = (column, value);
        }
    }
}
