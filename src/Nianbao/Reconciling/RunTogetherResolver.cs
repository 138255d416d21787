using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reconciling;

/// <summary>
/// The reconciling stage: turns the digit runs of a separator-less rendering into cell values (issue 3 §5;
/// docs/format.md §9.3 step 9 "try to resolve it with T3-HSUM/T3-VSUM"): a value is filled only when the digits and the
/// table's own rules allow a single segmentation, as ValueState.Inferred with a finding saying why; otherwise the
/// cells stay null and the finding lists the candidates. Each run's extraction finding is replaced by the outcome.
/// A report without runs passes through unchanged.
/// </summary>
internal static class RunTogetherResolver
{
    public static Report Resolve(Extracted extracted, ReportTemplate template)
    {
        var report = extracted.Report;
        foreach (var group in extracted.Runs.GroupBy(r => r.Table))
            if (report.Tables.TryGetValue(group.Key, out var values) && template.Table(group.Key, values.Layout) is { } table)
                TableRuns.Resolve(report, table, values, group.ToList(),
                    extracted.BlankRows.TryGetValue(group.Key, out var blank) ? blank : new HashSet<string>(), template);
        return report;
    }
}
