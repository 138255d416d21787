using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Rules;

/// <summary>NB-T3-NONNEG and NB-T4-NONNEG (docs/format.md §5.1–§5.2; template.json "rules.nonNegative"): every value of
/// tables 三 and 四 is an integer ≥ 0. Extraction already turns unreadable text into null plus a finding, so this
/// catches what gets past it (a decimal or a negative read or inferred value).</summary>
[RuleCodes(Family = "Value types of tables 三 and 四 (docs/format.md §5.1–§5.2)", Order = 2)]
internal sealed class NonNegativeRules : ITemplateRules
{
    public IEnumerable<string> Codes(ReportTemplate template) => template.Rules.NonNegative.Select(r => r.Code).Distinct();

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var template = context.Template;
        if (!template.HasTables(context.Report.Format)) yield break;
        foreach (var rule in template.Rules.NonNegative)
        {
            var table = rule.Table;
            if (!context.Report.Tables.TryGetValue(table, out var values)) continue;
            foreach (var (row, column, v) in values.All)
            {
                if (v.State is not (ValueState.Read or ValueState.Inferred)) continue;
                if (v.Integer is >= 0) continue;
                if (v.Integer is null && v.Text is null) continue;
                yield return Finding.Create(rule.Code,
                    new FindingLocation { Section = template.SectionOf(table), Table = table, Row = row, Column = column, Source = v.Source },
                    ("row_label", template.LabelOf(table, row)), ("column_label", template.LabelOf(table, row, column)),
                    ("value", v.Integer?.ToString() ?? v.Text));
            }
        }
    }
}
