using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>
/// The hierarchy check (issue 11 item 5): an area's 汇总 report against the cell-wise sum of its members' reports (the
/// area's own 本级 report, its departments', its townships', the sub-areas' summaries). Each cell where both are known
/// and differ is an NB-HIER-DIFF finding on the summary's cell; a cell a member leaves blank is not compared. When a
/// member has no report for the year, nothing is compared and NB-HIER-MISSING notes who is missing: a missing member
/// is never counted as an error.
/// </summary>
public static class Hierarchy
{
    /// <summary>Compares a summary report with its members.</summary>
    /// <param name="summary">The area's 汇总 report.</param>
    /// <param name="members">The members' reports of the same year.</param>
    /// <param name="missing">Names of members with no report for the year (empty when all are there).</param>
    /// <param name="template">The template.</param>
    /// <returns>The findings, on the summary's cells.</returns>
    public static IReadOnlyList<Finding> Compare(Report summary, IReadOnlyList<Report> members, IReadOnlyList<string> missing, ReportTemplate template)
    {
        if (missing.Count > 0)
            return [Finding.Create("NB-HIER-MISSING", null, ("count", missing.Count), ("year", summary.Year), ("names", missing))];
        if (summary.Format is not { } format || members.Count == 0) return [];
        var findings = new List<Finding>();
        foreach (var (table, values) in CellSum.Of(members, format, template, []))
            foreach (var (row, column, sum) in values.All)
            {
                var cell = new CellRef(table, row, column);
                var stated = summary.Value(cell);
                if (sum.Number is not { } s || stated.Number is not { } v || s == v) continue;
                findings.Add(Finding.Create("NB-HIER-DIFF",
                    new FindingLocation { Table = table, Row = row, Column = column, Source = stated.Source, Cells = [summary.Locate(cell)] },
                    ("cell", cell.ToString()), ("label", $"{template.LabelOf(table, row, layout: format)} › {template.LabelOf(cell, layout: format)}"),
                    ("label_en", $"{template.LabelOf(table, row, lang: "en", layout: format)} › {template.LabelOf(cell, "en", format)}"),
                    ("stated", v.ToString(CultureInfo.InvariantCulture)), ("sum", s.ToString(CultureInfo.InvariantCulture)),
                    ("members", members.Count), ("difference", (v - s).ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture))));
            }
        return findings;
    }
}
