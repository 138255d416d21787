using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// The cross-year rules (docs/format.md §5.4, template.json "rules.crossYear") as equations for the segmentation, when
/// the same agency's report on the year before (or after: the same rules with this year as the "previous" one) is given: XY-VALID (2021 table 二: last year's 现行有效件数 + this year's
/// 制发 − 废止 = this year's 现行有效件数), XY-CARRY (table 三: this year's 上年结转 = last year's 结转下年度继续办理, per
/// applicant column), XY-2019 (2019 table 二: this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减).
/// Last year's cells are constants; a rule is used only where each of them is a number (a blank or unread cell of
/// the previous report leaves the rule out) and each of this year's cells can take part. Like narrative figures they
/// only choose among the splits the table's own identities leave open (they are warnings: a unit may reclassify
/// applicants or count revisions differently from one year to the next), never against them.
/// </summary>
static class CrossYearConstraints
{
    /// <summary>The equations the cross-year rules give over this report's cells of <paramref name="table"/>.</summary>
    /// <param name="other">The other year's report (null: none).</param>
    /// <param name="table">The table whose runs are being split.</param>
    /// <param name="layout">This report's format version.</param>
    /// <param name="cells">This report's cells of the table, as the solver numbers them.</param>
    /// <param name="template">The template holding the rules.</param>
    /// <param name="thisYearIsPrevious">False when <paramref name="other"/> is the year before (its cells are the rules'
    /// "previous:" terms); true when it is the year after (this report's cells are).</param>
    public static List<LinearConstraint> For(Report? other, TableDef table, FormatId layout, TableCells cells, ReportTemplate template, bool thisYearIsPrevious)
    {
        var rules = new List<LinearConstraint>();
        if (other is null || !other.Tables.TryGetValue(table.Key, out var known)) return rules;
        foreach (var def in template.Rules.CrossYear)
        {
            if (def.Table != table.Key || !def.IsEquality || !def.AppliesTo(layout) || !def.AppliesTo(known.Layout)) continue;
            var anchors = def.PerColumn
                ? (table.Columns ?? []).Select(c => c.Key)
                : def.Rows ?? table.RowsFor(layout).Select(r => r.Key);
            foreach (var anchor in anchors)
                if (Equation(def, anchor, known, thisYearIsPrevious, cells) is { } rule) rules.Add(rule);
        }
        return rules;
    }

    /// <summary>left − right = 0 with the other year's terms moved to the constant; null when a term cannot be evaluated.</summary>
    static LinearConstraint? Equation(ComparisonDef def, string anchor, TableValues known, bool thisYearIsPrevious, TableCells cells)
    {
        var terms = new Dictionary<int, int>();
        long constant = 0;
        foreach (var (term, side) in def.LeftTerms.Select(t => (t, 1)).Concat(def.RightTerms.Select(t => (t, -1))))
        {
            var cell = term.Cell(def.Table, anchor, def.PerColumn);
            var coefficient = term.Sign * side;
            if (term.Previous == !thisYearIsPrevious)
            {
                if (known[cell].Integer is not long v) return null;
                constant -= coefficient * v;
            }
            else if (cells.Id(cell) is int id && cells.Usable[id]) terms[id] = terms.GetValueOrDefault(id) + coefficient;
            else return null;
        }
        var used = terms.Where(t => t.Value != 0).ToList();
        return used.Count == 0 ? null
            : new LinearConstraint(def.Code, [new LinearTerm([.. used.Select(t => t.Key)], [.. used.Select(t => t.Value)], constant)]);
    }
}
