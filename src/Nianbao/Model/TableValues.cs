namespace Nianbao.Model;

/// <summary>The values of one national table: row key → column key → value, in template order.</summary>
public sealed class TableValues
{
    readonly List<(string Row, List<(string Column, CellValue Value)> Cells)> rows = [];

    /// <summary>The format version whose layout this table follows ("2021" / "2019").</summary>
    public required string Layout { get; init; }

    public IEnumerable<string> RowKeys => rows.Select(r => r.Row);

    public IEnumerable<(string Column, CellValue Value)> Row(string row) =>
        rows.FirstOrDefault(r => r.Row == row).Cells ?? [];

    public IEnumerable<(string Row, string Column, CellValue Value)> All =>
        rows.SelectMany(r => r.Cells.Select(c => (r.Row, c.Column, c.Value)));

    public CellValue this[string row, string column]
    {
        get => Row(row).FirstOrDefault(c => c.Column == column).Value ?? CellValue.Absent;
        set
        {
            var r = rows.FindIndex(x => x.Row == row);
            if (r < 0) { rows.Add((row, [])); r = rows.Count - 1; }
            var cells = rows[r].Cells;
            var c = cells.FindIndex(x => x.Column == column);
            if (c < 0) cells.Add((column, value)); else cells[c] = (column, value);
        }
    }
}
