using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Cross-report rules between consecutive years of one agency (docs/format.md §5.4), stated as data in template.json
/// "rules.crossYear": NB-XY-CARRY (carry-over per applicant column), NB-XY-VALID (the stock of documents in force,
/// 2021 format) and NB-XY-2019 (item counts, 2019 format). A rule on table 二 needs both years in the same layout,
/// so across the 2020 → 2021 switch only the table 三 rule applies.
/// </summary>
[RuleCodes(Family = "Cross-year rules (docs/format.md §5.4)", Order = 5)]
internal sealed class CrossYearRules : ITemplateRules
{
    public IEnumerable<string> Codes(ReportTemplate template) => template.Rules.CrossYear.Select(r => r.Code).Distinct();

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var t = context.Template;
        if (context.Previous is not { } prev || !t.HasTables(context.Report.Format) || !t.HasTables(prev.Format)) return [];
        return t.Rules.CrossYear.SelectMany(r => Comparisons.Evaluate(r, context.Report, prev, t)).ToList();
    }
}
