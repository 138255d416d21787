using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// The reconciling stage: turns the digit runs of a separator-less rendering into cell values (issue 3 §5;
/// docs/format.md §9.3 step 9 "try to resolve it with T3-HSUM/T3-VSUM"): a value is filled only when the digits and the
/// table's own rules allow a single segmentation, as ValueState.Inferred with a finding saying why; otherwise the
/// cells stay null and the finding lists the candidates. Each run's extraction finding is replaced by the outcome.
/// Given the same agency's report on the year before, its cross-year rules (docs/format.md §5.4) break the ties the
/// identities leave, as the narrative's figures do.
/// A report without runs passes through unchanged.
/// </summary>
internal static class RunTogetherResolver
{
    /// <summary>The report with every run-together row split where the rules decide it (else null with a finding).</summary>
    /// <param name="extracted">The extraction stage's output.</param>
    /// <param name="template">The template holding the identities and rules.</param>
    /// <param name="previous">The same agency's report on the year before, when the caller has it: its cross-year
    /// rules choose among the splits the table's own identities leave open (CrossYearConstraints).</param>
    /// <param name="next">The same for the year after (the same rules, read the other way).</param>
    public static Report Resolve(Extracted extracted, ReportTemplate template, Report? previous = null, Report? next = null)
    {
        var report = extracted.Report;
        foreach (var group in extracted.Runs.GroupBy(r => r.Table))
            if (report.Tables.TryGetValue(group.Key, out var values) && template.Table(group.Key, values.Layout) is { } table)
                TableRuns.Resolve(report, table, values, group.ToList(),
                    extracted.BlankRows.TryGetValue(group.Key, out var blank) ? blank : new HashSet<string>(), template, previous, next);
        return report;
    }
}
