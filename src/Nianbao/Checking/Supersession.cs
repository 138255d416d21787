using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>
/// Findings that replace others: a 2019 report without the trial format gets an info instead of the
/// extraction stage's missing-table errors (docs/format.md §3.4: the 2019 format was only encouraged); blank cells
/// the check found to be implied zeros (NB-BLANK-IMPLIED-ZERO) are told once, under that code, instead of again
/// under the reading stage's NB-P-BLANK-CELLS for the same cells.
/// </summary>
static class Supersession
{
    static readonly Dictionary<string, string[]> Replaces = new()
    {
        ["NB-S-VERSION-FREEFORM"] = ["NB-S-TABLE"],
    };

    public static List<Finding> Apply(List<Finding> findings)
    {
        var dropped = findings.Where(f => Replaces.ContainsKey(f.Code)).SelectMany(f => Replaces[f.Code]).ToHashSet();
        var result = dropped.Count == 0 ? findings : findings.Where(f => !dropped.Contains(f.Code)).ToList();
        return result.Any(f => f.Code == "NB-BLANK-IMPLIED-ZERO") ? result.Where(f => !ToldAsImpliedZero(f, result)).ToList() : result;
    }

    /// <summary>A blank-cells note whose every cell an implied-zero finding of the same table already lists.</summary>
    static bool ToldAsImpliedZero(Finding f, List<Finding> all)
    {
        if (f.Code != "NB-P-BLANK-CELLS" || f.Location.Cells is not { } cells) return false;
        var implied = all.Where(z => z.Code == "NB-BLANK-IMPLIED-ZERO" && z.Location.Table == f.Location.Table && z.Location.Cells is not null)
            .SelectMany(z => z.Location.Cells!).Select(c => (c.Table, c.Row, c.Column)).ToHashSet();
        return cells.All(c => implied.Contains((c.Table, c.Row, c.Column)));
    }
}
