using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// One table's cells numbered for the search, with what is known of each: a read integer; a blank, counted as 0
/// when the identities are evaluated (docs/format.md §5.0; a row printed as its label alone is such a blank row, since
/// a dump that drops separators drops blank cells too); or unusable (absent, unreadable), which takes every rule
/// touching it out of the search.
/// </summary>
sealed class TableCells
{
    readonly Dictionary<CellRef, int> ids = [];
    public List<(RowDef Row, ColumnDef Column)> Cells { get; } = [];
    public long?[] Values { get; }
    public bool[] Usable { get; }
    public bool[] Blank { get; }

    public TableCells(TableDef table, FormatId layout, TableValues values, IReadOnlySet<string> blankRows)
    {
        foreach (var row in table.RowsFor(layout))
            foreach (var col in table.ColumnsOf(row))
            {
                ids[new CellRef(table.Key, row.Key, col.Key)] = Cells.Count;
                Cells.Add((row, col));
            }
        Values = new long?[Cells.Count];
        Usable = new bool[Cells.Count];
        Blank = new bool[Cells.Count];
        for (var i = 0; i < Cells.Count; i++)
        {
            var v = values[Cells[i].Row.Key, Cells[i].Column.Key];
            if (v.Integer is long n) (Values[i], Usable[i]) = (n, true);
            else if (v.State is ValueState.Blank or ValueState.BlankMark
                     || (v.State is ValueState.Absent && blankRows.Contains(Cells[i].Row.Key)))
                (Values[i], Usable[i], Blank[i]) = (0, true, true);
        }
    }

    public int? Id(CellRef cell) => ids.TryGetValue(cell, out var id) ? id : null;

    public int[] RowCells(string row) => Cells.Select((c, i) => (c, i)).Where(x => x.c.Row.Key == row).Select(x => x.i).ToArray();

    /// <summary>A run's cells become unknowns of the search.</summary>
    public void MarkRun(IEnumerable<int> run)
    {
        foreach (var c in run) (Values[c], Usable[c], Blank[c]) = (null, true, false);
    }

    /// <summary>The template identities of this table as constraints, leaving out those touching an unusable cell.</summary>
    public List<LinearConstraint> Rules(string tableKey, FormatId layout, ReportTemplate template) =>
        template.IdentitiesFor(layout).Where(i => i.Table == tableKey)
            .Select(i => LinearConstraint.Of(i, c => Id(c) is int id && Usable[id] ? id : null))
            .OfType<LinearConstraint>().ToList();
}
