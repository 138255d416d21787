using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// Narrative figures as extra equations for the segmentation (docs/format.md §5.5): the cells each figure is checked
/// against (figures.json "check.accept"), any one alternative summing to the figure. A figure may mean either side
/// of T3-BAL ("收到申请24件" is 一 or 一 + 二), hence the alternatives. They are only used to choose among
/// segmentations the identities leave open, never against them: a narrative can be wrong (linxia 答复完成21件 vs 24).
/// </summary>
static class NarrativeConstraints
{
    public static List<LinearConstraint> For(Report report, string table, TableCells cells, FigureCatalog catalog)
    {
        var rules = new List<LinearConstraint>();
        var rowKeys = cells.Cells.Select(c => c.Row.Key).Distinct().ToList();
        foreach (var figure in report.NarrativeFigures)
        {
            if (catalog.Figure(figure.Key)?.Check is not { } check || check.Table != table) continue;
            if (figure.Value < 0 || figure.Value != decimal.Truncate(figure.Value)) continue;
            var alternatives = new List<LinearTerm>();
            foreach (var sum in check.Alternatives)
            {
                var ids = sum.SelectMany(p => p.Expand(table, rowKeys)).Select(cells.Id).ToList();
                // An alternative that cannot be evaluated makes the whole "either … or" unusable.
                if (ids.Count == 0 || ids.Any(i => i is null || !cells.Usable[i.Value])) { alternatives.Clear(); break; }
                alternatives.Add(new LinearTerm([.. ids.Select(i => i!.Value)], [.. ids.Select(_ => 1)], (long)figure.Value));
            }
            if (alternatives.Count > 0) rules.Add(new LinearConstraint("narrative:" + figure.Key, alternatives));
        }
        return rules;
    }
}
