using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Output;

namespace Nianbao.Cli.Checking;

/// <summary>
/// Reads a batch of files in parallel (one worker per core), then checks them together so the cross-year rules
/// see every report. One bad file never stops the batch: an unreadable input becomes a unit with the finding that
/// says why, an unexpected exception a unit with NB-INPUT-FAILED. Units come back in input order.
/// </summary>
static class BatchRunner
{
    public static IReadOnlyList<ReviewUnit> Run(IReadOnlyList<string> files, Action? fileDone = null, Reading.InputLimits? limits = null)
    {
        var reports = new Report?[files.Count];
        var failures = new Finding?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try { reports[i] = ReportParser.ParseFile(files[i], limits); }
            catch (InputException e) { failures[i] = e.Finding; }
            catch (Exception e) { failures[i] = Finding.Create("NB-INPUT-FAILED", null, ("error", $"{e.GetType().Name}: {e.Message}")); }
            fileDone?.Invoke();
        });

        var readable = reports.OfType<Report>().ToList();
        var findings = Check(readable);
        var units = new ReviewUnit[files.Count];
        for (int i = 0, k = 0; i < files.Count; i++)
            units[i] = reports[i] is { } r ? new ReviewUnit(files[i], r, findings[k++]) : new ReviewUnit(files[i], null, [failures[i]!]);
        return units;
    }

    /// <summary>The batch check; should a rule throw, each report is checked alone so only the faulty one loses its rule findings.</summary>
    static IReadOnlyList<IReadOnlyList<Finding>> Check(List<Report> reports)
    {
        try { return ReportChecker.CheckBatch(reports); }
        catch (Exception)
        {
            return reports.Select(r =>
            {
                try { return ReportChecker.Check(r); }
                catch (Exception e)
                {
                    return (IReadOnlyList<Finding>)[.. r.Findings, Finding.Create("NB-CHECK-FAILED", null, ("error", $"{e.GetType().Name}: {e.Message}"))];
                }
            }).ToList();
        }
    }
}
