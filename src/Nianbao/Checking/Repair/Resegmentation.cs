using Nianbao.Reconciling;
using Nianbao.Template;

namespace Nianbao.Checking.Repair;

/// <summary>
/// The split/merge hypothesis for repair hints: the digits of two adjacent cells of one row were divided at the
/// wrong place ("18 | 0" printed as "1 | 80": one number split across two cells; "180 | " for "18 | 0": two
/// numbers merged into one). Re-divides the digit string of each adjacent pair and keeps the divisions under
/// which every identity holds (checked by the constraint engine).
/// </summary>
internal static class Resegmentation
{
    public sealed record Candidate(CellRef First, CellRef Second, long? FirstNow, long? SecondNow, long First2, long Second2)
    {
        /// <summary>A blank cell was involved: two numbers had been merged into one cell.</summary>
        public bool IsMerge => FirstNow is null || SecondNow is null;
    }

    /// <param name="rows">Each row of the table as its cells in printed order.</param>
    /// <param name="current">The cell's integer, or null when blank.</param>
    /// <param name="system">The table's identities.</param>
    /// <param name="focus">Only pairs touching one of these cells are tried.</param>
    public static List<Candidate> Find(IEnumerable<IReadOnlyList<CellRef>> rows, Func<CellRef, long?> current,
        ConstraintSystem system, ISet<CellRef> focus)
    {
        var found = new List<Candidate>();
        // A blank cell is 0 here: the hypothesis is about digits, and every identity must be evaluable.
        var baseline = system.Values(k => current(k) ?? 0);
        foreach (var row in rows)
            for (var i = 0; i + 1 < row.Count; i++)
            {
                CellRef a = row[i], b = row[i + 1];
                if (!focus.Contains(a) && !focus.Contains(b)) continue;
                long? va = current(a), vb = current(b);
                var digits = $"{va}{vb}";
                for (var p = 1; p < digits.Length; p++)
                {
                    string x = digits[..p], y = digits[p..];
                    if ((x.Length > 1 && x[0] == '0') || (y.Length > 1 && y[0] == '0')) continue;
                    if (!long.TryParse(x, out var nx) || !long.TryParse(y, out var ny)) continue;
                    if (nx == (va ?? -1) && ny == (vb ?? -1)) continue;
                    var values = (long?[])baseline.Clone();
                    if (system.Id(a) is int ia) values[ia] = nx;
                    if (system.Id(b) is int ib) values[ib] = ny;
                    if (system.AllHold(values)) found.Add(new Candidate(a, b, va, vb, nx, ny));
                }
            }
        return found;
    }
}
