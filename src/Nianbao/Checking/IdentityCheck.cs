using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// One identity evaluated on a report with the blank policy of docs/format.md §5.0: a blank (or a mark such as —)
/// counts as 0 for the arithmetic and is listed; an identity with an absent or unreadable cell cannot be
/// evaluated (extraction has already reported why).
/// </summary>
internal sealed record IdentityCheck(LinearIdentity Identity, long Left, long Right, IReadOnlyList<CellRef> Blanks)
{
    public bool Holds => Left == Right;
    public long Difference => Left - Right;

    public static IdentityCheck? Evaluate(LinearIdentity identity, Report report)
    {
        List<CellRef>? blanks = null;
        var ok = true;
        // The identity's own table is looked up once (its cells lie in it; any other is looked up by itself).
        var table = report.Tables.GetValueOrDefault(identity.Table);
        var left = Sum(identity.Left, report, (identity.Table, table), ref blanks, ref ok);
        var right = Sum(identity.Right, report, (identity.Table, table), ref blanks, ref ok);
        return ok ? new IdentityCheck(identity, left, right, (IReadOnlyList<CellRef>?)blanks ?? []) : null;
    }

    static long Sum(IReadOnlyList<CellRef> cells, Report report, (string Key, TableValues? Values) table, ref List<CellRef>? blanks, ref bool ok)
    {
        long sum = 0;
        for (var k = 0; k < cells.Count; k++)
        {
            var c = cells[k];
            var v = table.Values is not null && c.Table == table.Key ? table.Values[c.Row, c.Column] : report.Value(c);
            if (IsBlank(v)) { (blanks ??= []).Add(cells[k]); continue; }
            if (v.Integer is long i) sum += i; else ok = false;
        }
        return sum;
    }

    public static bool IsBlank(CellValue v) => v.State is ValueState.Blank or ValueState.BlankMark;

    /// <summary>The value used in identities: the integer, 0 for a blank, null when not evaluable.</summary>
    public static long? ArithmeticValue(CellValue v) => IsBlank(v) ? 0 : v.Integer;
}
