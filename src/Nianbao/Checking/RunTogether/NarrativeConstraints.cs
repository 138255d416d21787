using Nianbao.Model;

namespace Nianbao.Checking.RunTogether;

/// <summary>
/// Narrative figures as extra equations for the segmentation (format.md §5.5). A figure may mean either side of
/// T3-BAL ("收到申请24件" is 一 or 一 + 二), so some have alternatives. They are only used to choose among
/// segmentations the identities leave open, never against them: a narrative can be wrong (linxia 答复完成21件 vs 24).
/// </summary>
static class NarrativeConstraints
{
    // figure key (docs/narrative-figures.md) → alternatives, each a list of (table, row, column) summed.
    static readonly Dictionary<string, (string Table, (string Row, string Column)[][] Sums)> Map = new()
    {
        ["applications_received"] = ("applications", [[("new_received", "total")], [("new_received", "total"), ("carried_over", "total")]]),
        ["applications_answered"] = ("applications", [[("total_processed", "total")]]),
        ["applications_carried_forward"] = ("applications", [[("carried_forward", "total")]]),
        ["review_cases"] = ("review_litigation", [[("review", "total")]]),
        ["litigation_cases"] = ("review_litigation", [[("litigation_direct", "total"), ("litigation_after_review", "total")]]),
        ["normative_documents_issued"] = ("active_disclosure", [[("normative_documents", "issued")]]),
        ["normative_documents_repealed"] = ("active_disclosure", [[("normative_documents", "repealed")]]),
        ["normative_documents_in_force"] = ("active_disclosure", [[("normative_documents", "in_force")]]),
    };

    public static List<LinearConstraint> For(Report report, string table, TableCells cells)
    {
        var rules = new List<LinearConstraint>();
        foreach (var figure in report.NarrativeFigures)
        {
            if (!Map.TryGetValue(figure.Key, out var m) || m.Table != table) continue;
            if (figure.Value < 0 || figure.Value != decimal.Truncate(figure.Value)) continue;
            var alternatives = new List<LinearTerm>();
            foreach (var sum in m.Sums)
            {
                var ids = sum.Select(s => cells.Id(s.Row, s.Column)).ToList();
                // An alternative that cannot be evaluated makes the whole "either … or" unusable.
                if (ids.Any(i => i is null || !cells.Usable[i.Value])) { alternatives.Clear(); break; }
                alternatives.Add(new LinearTerm([.. ids.Select(i => i!.Value)], [.. ids.Select(_ => 1)], (long)figure.Value));
            }
            if (alternatives.Count > 0) rules.Add(new LinearConstraint("narrative:" + figure.Key, alternatives));
        }
        return rules;
    }
}
