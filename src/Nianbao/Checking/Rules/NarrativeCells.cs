using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Table sides of the narrative checks (docs/format.md §5.5): a sum of cells named by patterns (figures.json "accept"),
/// where "prefix_*" stands for every row of that prefix (sub-group totals such as 不予公开 are not printed, §5.1).
/// Blank cells count as 0, as for the identities (§5.0); an absent or unreadable cell makes the sum unknown, and
/// nothing is compared.
/// </summary>
internal static class NarrativeCells
{
    public sealed record Side(IReadOnlyList<CellPattern> Refs, decimal? Sum, IReadOnlyList<LocatedCell> Cells)
    {
        public string Describe() => $"{string.Join(" + ", Refs)} = {(Sum is decimal s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")}";
    }

    public static Side Sum(Report report, string table, IReadOnlyList<CellPattern> refs)
    {
        var cells = new List<LocatedCell>();
        decimal sum = 0;
        var known = report.Tables.TryGetValue(table, out var values);
        foreach (var r in refs)
        {
            if (!known) break;
            var expanded = r.Expand(table, values!.RowKeys).ToList();
            if (expanded.Count == 0) { known = false; break; }
            foreach (var cell in expanded)
            {
                var v = values[cell.Row, cell.Column];
                cells.Add(new LocatedCell(cell, v.Source));
                if (v.State is ValueState.Blank or ValueState.BlankMark) continue;
                if (v.Number is not decimal n) { known = false; break; }
                sum += n;
            }
        }
        return new Side(refs, known ? sum : null, cells);
    }
}
