using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>NB-T3-NONNEG and NB-T4-NONNEG (format.md §5.1–§5.2): every value of tables 三 and 四 is an integer
/// ≥ 0. Extraction already turns unreadable text into null plus a finding, so this catches what gets past it
/// (a decimal or a negative read or inferred value).</summary>
[RuleCodes("NB-T3-NONNEG", "NB-T4-NONNEG", Family = "Value types of tables 三 and 四 (format.md §5.1–§5.2)", Order = 2)]
public sealed class NonNegativeRules : IReportRule
{
    static readonly Dictionary<string, string> Codes = new() { ["applications"] = "NB-T3-NONNEG", ["review_litigation"] = "NB-T4-NONNEG" };

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Report.Format is "legacy") yield break;
        foreach (var (table, code) in Codes)
        {
            if (!context.Report.Tables.TryGetValue(table, out var values)) continue;
            foreach (var (row, column, v) in values.All)
            {
                if (v.State is not (ValueState.Read or ValueState.Inferred)) continue;
                if (v.Integer is >= 0) continue;
                if (v.Integer is null && v.Text is null) continue;
                yield return Finding.Create(code,
                    new FindingLocation { Section = CellLabels.SectionOf(table), Table = table, Row = row, Column = column, Source = v.Source },
                    ("row_label", CellLabels.Row(table, row)), ("column_label", CellLabels.Column(table, row, column)),
                    ("value", v.Integer?.ToString() ?? v.Text));
            }
        }
    }
}
