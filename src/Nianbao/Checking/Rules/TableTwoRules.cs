using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;
using Table2 = Nianbao.Template.Keys.ActiveDisclosure;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Table 二 checks (docs/format.md §5.3): NB-T2-TYPE (value kinds), NB-T2-RULES (规章 from a county or township body,
/// only when the issuer profile is known) and NB-T2-FEE-UNIT (a fee that looks like 元). NB-T2-VALID is template
/// data (<see cref="WithinYearRules"/>).
/// </summary>
[RuleCodes("NB-T2-TYPE", "NB-T2-RULES", "NB-T2-FEE-UNIT", Family = "Table 二 (docs/format.md §5.3)", Order = 3)]
internal sealed class TableTwoRules : IReportRule
{
    const string Table = Keys.Tables.ActiveDisclosure;
    const decimal ImplausibleWanYuan = 1_000_000m;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        if (!context.Template.HasTables(report.Format) || !report.Tables.TryGetValue(Table, out var values)) return [];
        var findings = new List<Finding>();
        Types(context.Template, values, findings);
        Rules(report, values, context.Template, findings);
        FeeUnit(report, values, findings);
        return findings;
    }

    static FindingLocation At(ReportTemplate template, string row, string? column, Provenance? source) =>
        new() { Section = template.SectionOf(Table), Table = Table, Row = row, Column = column, Source = source };

    static void Types(ReportTemplate template, TableValues values, List<Finding> findings)
    {
        var def = template.Table(Table, values.Layout);
        if (def is null) return;
        foreach (var row in def.RowsFor(values.Layout))
            foreach (var col in def.ColumnsOf(row))
            {
                var v = values[row.Key, col.Key];
                if (v.State is not (ValueState.Read or ValueState.Inferred)) continue;
                var ok = col.ValueKind switch
                {
                    ValueKinds.Int => v.Integer is >= 0,
                    ValueKinds.Signed => v.Integer is not null,
                    ValueKinds.Decimal => v.Number is >= 0,
                    _ => true,
                };
                if (ok) continue;
                var (zh, en) = col.ValueKind switch
                {
                    ValueKinds.Decimal => ("非负数（万元）", "a non-negative amount (10,000 yuan)"),
                    ValueKinds.Signed => ("整数", "an integer"),
                    _ => ("非负整数", "a non-negative integer"),
                };
                findings.Add(Finding.Create("NB-T2-TYPE", At(template, row.Key, col.Key, v.Source),
                    ("row_label", row.Label), ("column_label", col.Label), ("value", v.Integer?.ToString() ?? v.Text),
                    ("expected", zh), ("expected_en", en)));
            }
    }

    static void Rules(Report report, TableValues values, ReportTemplate template, List<Finding> findings)
    {
        // No profile, no guess: the level comes from helper "narrative"'s inference (docs/format.md §5.7).
        if (report.Profile is not { } profile) return;
        var level = profile.Level is "county" or "township" ? profile.Level : profile.Type == "township" ? "township" : null;
        if (level is null) return;
        const string row = Table2.Rows.Regulations;
        var nonZero = values.Row(row).Where(c => c.Value.Integer is > 0).ToList();
        if (nonZero.Count == 0) return;
        findings.Add(Finding.Create("NB-T2-RULES",
            At(template, row, null, nonZero[0].Value.Source) with
            {
                Cells = nonZero.Select(c => new LocatedCell(new CellRef(Table, row, c.Column), c.Value.Source)).ToList(),
            },
            ("values", nonZero.Select(c => $"{template.LabelOf(Table, row, c.Column)} {c.Value.Integer}").ToArray()),
            ("agency", report.Agency ?? ""), ("level", level == "county" ? "县级" : "乡镇级"), ("level_en", level),
            ("evidence", profile.Evidence)));
    }

    static void FeeUnit(Report report, TableValues values, List<Finding> findings)
    {
        if (values.Layout != FormatId.F2021) return;
        var fee = values[Table2.Rows.Fees, Table2.Columns.AmountWanYuan];
        if (fee.Number is not decimal amount || amount <= 0) return;
        var inYuan = report.NarrativeFigures.FirstOrDefault(f => f.Unit == "元" && f.Value == amount);
        if (amount < ImplausibleWanYuan && inYuan is null) return;
        findings.Add(Finding.Create("NB-T2-FEE-UNIT", new FindingLocation
            {
                Section = Keys.Sections.Proactive, Table = Table, Row = Table2.Rows.Fees, Column = Table2.Columns.AmountWanYuan, Source = fee.Source,
            },
            ("value", fee.Text ?? amount.ToString(CultureInfo.InvariantCulture)),
            ("why", inYuan is null ? "（超过100亿元）" : $"（正文以元为单位给出同一数字：“{inYuan.Text}”）"),
            ("why_en", inYuan is null ? " (over 10 billion yuan)" : $" (the narrative gives the same figure in yuan: \"{inYuan.Text}\")")));
    }
}
