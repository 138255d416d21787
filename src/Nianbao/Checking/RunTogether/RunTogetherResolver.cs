using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.RunTogether;

/// <summary>
/// Turns the digit runs of a separator-less rendering into cell values (issue 3 §5; format.md §9.3 step 9 "try to
/// resolve it with T3-HSUM/T3-VSUM"): a value is filled only when the digits and the table's own rules allow a
/// single segmentation, as ValueState.Inferred with a finding saying why; otherwise the cells stay null and the
/// finding lists the candidates. Runs at the end of ReportBuilder.Build; a report without runs costs one scan.
/// </summary>
public static class RunTogetherResolver
{
    public static void Resolve(Report report, ReportTemplate template)
    {
        if (!report.Findings.Exists(f => f.Code is GluedDigits.PendingCode or "NB-P-T4-COUNT")) return;
        foreach (var (key, values) in report.Tables)
            if (template.Table(key, values.Layout) is { } table)
                TableRuns.Resolve(report, table, values, template);
    }
}
