using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    /// <summary>What depends only on the table's layout, made once per (table, layout): the cells in order, their
    /// numbers, each row's cells, and each template's identities as numbered terms.</summary>
    sealed class Shape
    {
        public readonly Dictionary<CellRef, int> Ids = [];
        public readonly List<(RowDef Row, ColumnDef Column)> Cells = [];
        public readonly Dictionary<string, int[]> ByRow = [];
        public readonly ConditionalWeakTable<ReportTemplate, ConcurrentDictionary<(string, FormatId), Identity[]>> Identities = [];

        public Shape(TableDef table, FormatId layout)
        {
            foreach (var row in table.RowsFor(layout))
                foreach (var col in table.ColumnsOf(row))
                {
                    Ids[new CellRef(table.Key, row.Key, col.Key)] = Cells.Count;
                    Cells.Add((row, col));
                }
            foreach (var g in Cells.Select((c, i) => (c.Row.Key, i)).GroupBy(x => x.Key))
                ByRow[g.Key] = [.. g.Select(x => x.i)];
        }

        /// <summary>The table's identities as the cells they read (left, then right) and the terms they make (each cell
        /// once, first-seen order, coefficients summed); null cells when a cell is not in this layout.</summary>
        public Identity[] IdentitiesOf(ReportTemplate template, string tableKey, FormatId layout) =>
            Identities.GetValue(template, _ => new()).GetOrAdd((tableKey, layout), key =>
                [.. template.IdentitiesFor(key.Item2).Where(i => i.Table == key.Item1).Select(i =>
                {
                    var read = new List<int>();
                    var terms = new Dictionary<int, int>();
                    foreach (var (side, sign) in new[] { (i.Left, 1), (i.Right, -1) })
                        foreach (var c in side)
                        {
                            if (!Ids.TryGetValue(c, out var n)) return new Identity(i.Code, null, [], []);
                            read.Add(n);
                            terms[n] = terms.GetValueOrDefault(n) + sign;
                        }
                    return new Identity(i.Code, [.. read], [.. terms.Keys], [.. terms.Values]);
                })]);
    }

    sealed record Identity(string Code, int[]? Read, int[] Cells, int[] Coefficients);

    static readonly ConcurrentDictionary<(TableDef, FormatId), Shape> Shapes = new();

    readonly Shape shape;
    /// <summary>The table's cells in order, numbered by their place here (shared: read only).</summary>
    public IReadOnlyList<(RowDef Row, ColumnDef Column)> Cells => shape.Cells;
    public long?[] Values { get; }
    public bool[] Usable { get; }
    public bool[] Blank { get; }

    public TableCells(TableDef table, FormatId layout, TableValues values, IReadOnlySet<string> blankRows)
    {
        shape = Shapes.GetOrAdd((table, layout), k => new Shape(k.Item1, k.Item2));
        var cells = shape.Cells;
        Values = new long?[cells.Count];
        Usable = new bool[cells.Count];
        Blank = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var v = values[cells[i].Row.Key, cells[i].Column.Key];
            if (v.Integer is long n) (Values[i], Usable[i]) = (n, true);
            else if (v.State is ValueState.Blank or ValueState.BlankMark
                     || (v.State is ValueState.Absent && blankRows.Contains(cells[i].Row.Key)))
                (Values[i], Usable[i], Blank[i]) = (0, true, true);
        }
    }

    public int? Id(CellRef cell) => shape.Ids.TryGetValue(cell, out var id) ? id : null;

    public int[] RowCells(string row) => shape.ByRow.TryGetValue(row, out var ids) ? [.. ids] : [];

    /// <summary>A run's cells become unknowns of the search.</summary>
    public void MarkRun(IEnumerable<int> run)
    {
        foreach (var c in run) (Values[c], Usable[c], Blank[c]) = (null, true, false);
    }

    /// <summary>The template identities of this table as constraints, leaving out those touching an unusable cell.</summary>
    public List<LinearConstraint> Rules(string tableKey, FormatId layout, ReportTemplate template)
    {
        var rules = new List<LinearConstraint>();
        foreach (var identity in shape.IdentitiesOf(template, tableKey, layout))
        {
            if (identity.Read is null || !Array.TrueForAll(identity.Read, id => Usable[id])) continue;
            rules.Add(LinearConstraint.Equation(identity.Code, identity.Cells, identity.Coefficients));
        }
        return rules;
    }
}
