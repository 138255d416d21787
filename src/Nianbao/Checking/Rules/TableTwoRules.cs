using System.Globalization;
using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Table 二 checks (format.md §5.3): NB-T2-TYPE (value kinds), NB-T2-VALID (documents in force vs issued and
/// repealed; 2019: total published vs published), NB-T2-RULES (规章 from a county or township body, only when the
/// issuer profile is known) and NB-T2-FEE-UNIT (a fee that looks like 元).
/// </summary>
[RuleCodes("NB-T2-TYPE", "NB-T2-VALID", "NB-T2-RULES", "NB-T2-FEE-UNIT", Family = "Table 二 (format.md §5.3)", Order = 3)]
public sealed class TableTwoRules : IReportRule
{
    const string Table = "active_disclosure";
    const decimal ImplausibleWanYuan = 1_000_000m;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var report = context.Report;
        if (report.Format is "legacy" || !report.Tables.TryGetValue(Table, out var values)) return [];
        var findings = new List<Finding>();
        Types(report, values, findings);
        Valid(report, values, findings);
        Rules(report, values, findings);
        FeeUnit(report, values, findings);
        return findings;
    }

    static FindingLocation At(string row, string? column, Provenance? source) =>
        new() { Section = "proactive", Table = Table, Row = row, Column = column, Source = source };

    static void Types(Report report, TableValues values, List<Finding> findings)
    {
        var def = Template.ReportTemplate.Default.Table(Table, values.Layout);
        if (def is null) return;
        foreach (var row in def.RowsFor(values.Layout))
            foreach (var col in def.ColumnsOf(row))
            {
                var v = values[row.Key, col.Key];
                if (v.State is not (ValueState.Read or ValueState.Inferred)) continue;
                var ok = col.ValueKind switch
                {
                    "int" => v.Integer is >= 0,
                    "signed" => v.Integer is not null,
                    "decimal" => v.Number is >= 0,
                    _ => true,
                };
                if (ok) continue;
                var (zh, en) = col.ValueKind switch
                {
                    "decimal" => ("非负数（万元）", "a non-negative amount (10,000 yuan)"),
                    "signed" => ("整数", "an integer"),
                    _ => ("非负整数", "a non-negative integer"),
                };
                findings.Add(Finding.Create("NB-T2-TYPE", At(row.Key, col.Key, v.Source),
                    ("row_label", row.Label), ("column_label", col.Label), ("value", v.Integer?.ToString() ?? v.Text),
                    ("expected", zh), ("expected_en", en)));
            }
    }

    static void Valid(Report report, TableValues values, List<Finding> findings)
    {
        foreach (var row in new[] { "regulations", "normative_documents" })
        {
            long? Get(string c) => IdentityCheck.ArithmeticValue(values[row, c]);
            if (values.Layout == "2021" && Get("in_force") is long inForce && Get("issued") is long issued && Get("repealed") is long repealed
                && inForce < issued - repealed)
                findings.Add(Finding.Create("NB-T2-VALID", Cells(values, row, "in_force", "issued", "repealed"),
                    ("row_label", CellLabels.Row(Table, row)), ("left", inForce), ("right", issued - repealed), ("difference", inForce - (issued - repealed)),
                    ("left_label", "现行有效件数"), ("right_label", "本年制发件数 − 本年废止件数"),
                    ("left_label_en", "documents in force"), ("right_label_en", "issued − repealed")));
            if (values.Layout == "2019" && Get("total_published") is long total && Get("published") is long published && total < published)
                findings.Add(Finding.Create("NB-T2-VALID", Cells(values, row, "total_published", "published"),
                    ("row_label", CellLabels.Row(Table, row)), ("left", total), ("right", published), ("difference", total - published),
                    ("left_label", "对外公开总数量"), ("right_label", "本年新公开数量"),
                    ("left_label_en", "total published"), ("right_label_en", "published this year")));
        }
    }

    static FindingLocation Cells(TableValues values, string row, params string[] columns) =>
        At(row, columns[0], values[row, columns[0]].Source) with
        {
            Cells = columns.Select(c => new CellRef(Table, row, c, values[row, c].Source)).ToList(),
        };

    static void Rules(Report report, TableValues values, List<Finding> findings)
    {
        // No profile, no guess: the level comes from helper "narrative"'s inference (format.md §5.7).
        if (report.Profile is not { } profile) return;
        var level = profile.Level is "county" or "township" ? profile.Level : profile.Type == "township" ? "township" : null;
        if (level is null) return;
        var nonZero = values.Row("regulations").Where(c => c.Value.Integer is > 0).ToList();
        if (nonZero.Count == 0) return;
        findings.Add(Finding.Create("NB-T2-RULES",
            At("regulations", null, nonZero[0].Value.Source) with
            {
                Cells = nonZero.Select(c => new CellRef(Table, "regulations", c.Column, c.Value.Source)).ToList(),
            },
            ("values", nonZero.Select(c => $"{CellLabels.Column(Table, "regulations", c.Column)} {c.Value.Integer}").ToArray()),
            ("agency", report.Agency ?? ""), ("level", level == "county" ? "县级" : "乡镇级"), ("level_en", level),
            ("evidence", profile.Evidence)));
    }

    static void FeeUnit(Report report, TableValues values, List<Finding> findings)
    {
        if (values.Layout != "2021") return;
        var fee = values["fees", "amount_wan_yuan"];
        if (fee.Number is not decimal amount || amount <= 0) return;
        var inYuan = report.NarrativeFigures.FirstOrDefault(f => f.Unit == "元" && f.Value == amount);
        if (amount < ImplausibleWanYuan && inYuan is null) return;
        findings.Add(Finding.Create("NB-T2-FEE-UNIT", At("fees", "amount_wan_yuan", fee.Source),
            ("value", fee.Text ?? amount.ToString(CultureInfo.InvariantCulture)),
            ("why", inYuan is null ? "（超过100亿元）" : $"（正文以元为单位给出同一数字：“{inYuan.Text}”）"),
            ("why_en", inYuan is null ? " (over 10 billion yuan)" : $" (the narrative gives the same figure in yuan: \"{inYuan.Text}\")")));
    }
}
