using Nianbao.Model;

namespace Nianbao.Checking.Rules;

/// <summary>
/// Cross-report rules between consecutive years of one agency (format.md §5.4): NB-XY-CARRY (carry-over per
/// applicant column), NB-XY-VALID (the stock of documents in force, 2021 format) and NB-XY-2019 (item counts,
/// 2019 format). Across the 2020 → 2021 switch only the table 三 rule applies, since table 二 changed meaning.
/// </summary>
[RuleCodes("NB-XY-CARRY", "NB-XY-VALID", "NB-XY-2019", Family = "Cross-year rules (format.md §5.4)", Order = 5)]
public sealed class CrossYearRules : IReportRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Previous is not { } prev || context.Report.Format is "legacy" || prev.Format is "legacy") return [];
        var findings = new List<Finding>();
        Carry(context.Report, prev, findings);
        Stock(context.Report, prev, findings);
        return findings;
    }

    static void Carry(Report report, Report prev, List<Finding> findings)
    {
        const string t = "applications";
        if (!report.Tables.TryGetValue(t, out var now) || !prev.Tables.ContainsKey(t)) return;
        foreach (var (column, value) in now.Row("carried_over"))
        {
            var before = prev.Value(t, "carried_forward", column);
            if (IdentityCheck.ArithmeticValue(before) is not long left || IdentityCheck.ArithmeticValue(value) is not long right || left == right) continue;
            findings.Add(Finding.Create("NB-XY-CARRY",
                new FindingLocation
                {
                    Section = "applications", Table = t, Row = "carried_over", Column = column, Source = value.Source,
                    Cells = [new CellRef(t, "carried_over", column, value.Source)],
                },
                ("label", CellLabels.Column(t, "carried_over", column)), ("left", left), ("right", right), ("difference", left - right),
                ("previous_source", prev.Source), ("previous_year", prev.Year), ("previous_cell_source", before.Source)));
        }
    }

    static void Stock(Report report, Report prev, List<Finding> findings)
    {
        const string t = "active_disclosure";
        if (!report.Tables.TryGetValue(t, out var now) || !prev.Tables.TryGetValue(t, out var before) || now.Layout != before.Layout) return;
        long? V(TableValues v, string row, string col) => IdentityCheck.ArithmeticValue(v[row, col]);
        if (now.Layout == "2021")
            foreach (var row in new[] { "regulations", "normative_documents" })
            {
                if (V(before, row, "in_force") is not long p || V(now, row, "issued") is not long i || V(now, row, "repealed") is not long r
                    || V(now, row, "in_force") is not long n || p + i - r == n) continue;
                findings.Add(Finding.Create("NB-XY-VALID", Location(now, row, "in_force", "issued", "repealed"),
                    ("row_label", CellLabels.Row(t, row)), ("previous", p), ("issued", i), ("repealed", r),
                    ("left", p + i - r), ("right", n), ("difference", p + i - r - n), ("previous_source", prev.Source)));
            }
        else
            foreach (var row in now.RowKeys)
            {
                if (V(before, row, "items_last_year") is not long p || V(before, row, "items_change") is not long c
                    || V(now, row, "items_last_year") is not long n || p + c == n) continue;
                findings.Add(Finding.Create("NB-XY-2019", Location(now, row, "items_last_year"),
                    ("row_label", CellLabels.Row(t, row)), ("previous", p), ("change", c),
                    ("left", p + c), ("right", n), ("difference", p + c - n), ("previous_source", prev.Source)));
            }
    }

    static FindingLocation Location(TableValues v, string row, params string[] columns) => new()
    {
        Section = "proactive", Table = "active_disclosure", Row = row, Column = columns[0], Source = v[row, columns[0]].Source,
        Cells = columns.Select(c => new CellRef("active_disclosure", row, c, v[row, c].Source)).ToList(),
    };
}
