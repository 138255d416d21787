using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// Entry point of the checking stage (issue 3, docs/format.md §5). Check returns the report's findings: those of
/// extraction plus every rule's, deduplicated and sorted by severity, then location. CheckBatch also gives each
/// report the same agency's previous-year report from the batch, for the cross-report rules (§5.4).
/// The report's values are never changed. Without a template, the embedded one is used.
/// </summary>
public static class ReportChecker
{
    /// <summary>The findings of one report checked alone (no previous-year report, so the cross-year rules do not run).</summary>
    public static IReadOnlyList<Finding> Check(Report report, ReportTemplate? template = null) => CheckBatch([report], template)[0];

    /// <summary>The findings of each report, in the order given; each report is paired with the same agency's report of the year before found among <paramref name="reports"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> CheckBatch(IReadOnlyList<Report> reports, ReportTemplate? template = null)
    {
        template ??= ReportTemplate.Embedded;
        var previous = PreviousReports.Index(reports);
        var result = new IReadOnlyList<Finding>[reports.Count];
        for (var i = 0; i < reports.Count; i++)
            result[i] = CheckOne(reports[i], previous(reports[i]), template);
        return result;
    }

    /// <summary>One report's findings, given the same agency's previous-year report when the caller has it: what a
    /// streaming batch calls, with the previous year from an <see cref="Batch.IPreviousReportLookup"/>.</summary>
    public static IReadOnlyList<Finding> CheckOne(Report report, Report? previous, ReportTemplate template)
    {
        var context = new CheckContext(report, previous, ReportIdentities.Of(report, template), template);
        var findings = new List<Finding>(report.Findings);
        foreach (var rule in RuleRegistry.Rules)
        {
            try { findings.AddRange(rule.Check(context)); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A rule bug must not hide the other rules' findings; it is reported, located at the document.
                findings.Add(Finding.Create("NB-CHECK-RULE-FAILED", null, ("rule", rule.GetType().Name), ("reason", e.Message)));
            }
        }
        return FindingOrder.Sort(Supersession.Apply(FindingOrder.Distinct(findings)), template);
    }
}
