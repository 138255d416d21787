using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Inequalities and equations between the cells of one report that are not identities of the printed tables,
/// stated as data in template.json "rules.withinYear": NB-T2-VALID (docs/format.md §5.3: documents in force vs issued and
/// repealed; 2019: total published vs published).
/// </summary>
[RuleCodes(Family = "Within-year comparisons of table 二 (docs/format.md §5.3)", Order = 3)]
internal sealed class WithinYearRules : ITemplateRules
{
    public IEnumerable<string> Codes(ReportTemplate template) => template.Rules.WithinYear.Select(r => r.Code).Distinct();

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var t = context.Template;
        if (!t.HasTables(context.Report.Format)) return [];
        return t.Rules.WithinYear.SelectMany(r => Comparisons.Evaluate(r, context.Report, context.Previous, t)).ToList();
    }
}
