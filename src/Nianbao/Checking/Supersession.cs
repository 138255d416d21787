using Nianbao.Model;
using Nianbao.Template;

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
        if (!result.Any(f => f.Code == "NB-BLANK-IMPLIED-ZERO")) return result;
        // The cells each table's implied-zero findings list, gathered once.
        var implied = new Dictionary<string, HashSet<CellRef>>();
        foreach (var z in result)
            if (z.Code == "NB-BLANK-IMPLIED-ZERO" && z.Location.Cells is { } listed)
            {
                var table = z.Location.Table ?? "";
                if (!implied.TryGetValue(table, out var set)) implied[table] = set = [];
                foreach (var c in listed) set.Add(c.Cell);
            }
        return result.Where(f => !ToldAsImpliedZero(f, implied)).ToList();
    }

    /// <summary>A blank-cells note whose every cell an implied-zero finding of the same table already lists.</summary>
    static bool ToldAsImpliedZero(Finding f, Dictionary<string, HashSet<CellRef>> implied)
    {
        if (f.Code != "NB-P-BLANK-CELLS" || f.Location.Cells is not { } cells) return false;
        var set = implied.GetValueOrDefault(f.Location.Table ?? "");
        return cells.All(c => set is not null && set.Contains(c.Cell));
    }
}
