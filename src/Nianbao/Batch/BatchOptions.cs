using Nianbao.Model;

namespace Nianbao.Batch;

/// <summary>How far a batch has come: files finished out of the total, and the one just finished.</summary>
public sealed record BatchProgress(int Done, int Total, string File);

/// <summary>How a <see cref="ReportBatch"/> runs.</summary>
public sealed class BatchOptions
{
    /// <summary>Check each report (true, the default) or only parse it (its findings are then the reading stage's).</summary>
    public bool Check { get; init; } = true;

    /// <summary>Files worked on at once; the machine's cores by default.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Most results made but not yet taken by the caller (the reordering window); memory is bounded by it.
    /// 0 picks 8 per worker.</summary>
    public int Window { get; init; }

    /// <summary>Where the cross-year rules find the same agency's previous-year report; the parse asks it too when a
    /// report's digits ran together (docs/run-together.md). Null: the batch's own files
    /// (<see cref="InBatchPreviousReports"/>, built by a first pass that reads only agency and year; when only parsing,
    /// built the first time a report needs it).</summary>
    public IPreviousReportLookup? Previous { get; init; }

    /// <summary>Told after each file is finished (from a worker thread).</summary>
    public IProgress<BatchProgress>? Progress { get; init; }

    /// <summary>Told after each file of the first pass (agency and year) when the batch pairs its own years.</summary>
    public IProgress<BatchProgress>? IndexProgress { get; init; }

    /// <summary>The template reports are checked against; the embedded national template when null.</summary>
    public Template.ReportTemplate? Template { get; init; }

    /// <summary>The input limits every file is read under (docs/limits.md); the defaults when null.</summary>
    public Reading.InputLimits? Limits { get; init; }

    /// <summary>How one file becomes a report; <see cref="ReportParser.ParseFile"/> with <see cref="Limits"/> by
    /// default. It may throw: an <see cref="InputException"/> gives its finding, anything else NB-INPUT-FAILED.</summary>
    public Func<string, Report>? Parse { get; init; }

    internal int Workers => Math.Max(1, MaxParallelism);
    internal int WindowSize => Window > 0 ? Math.Max(Window, Workers) : 8 * Workers;
    internal Func<string, Report> ParseFile => Parse ?? (path => ReportParser.ParseFile(path, Limits));

    /// <summary>The same, the default parse also given the previous-year lookup for digit runs its own rules leave
    /// open (docs/run-together.md); a custom <see cref="Parse"/> is called as it is.</summary>
    internal Report ParseWith(string path, IPreviousReportLookup? previous, CancellationToken cancellationToken) =>
        Parse is { } parse ? parse(path)
        : ReportParser.ParseFile(path, Limits, previousYear: previous is null ? null : r => previous.Find(r, cancellationToken),
            nextYear: previous is null ? null : r => previous.FindNext(r, cancellationToken));
}

/// <summary>
/// The same agency's report on the year before, for the cross-year rules (docs/format.md §5.4). The batch asks from
/// several worker threads at once. The corpus answers from its database; <see cref="InBatchPreviousReports"/>
/// answers from the files of the batch.
/// </summary>
public interface IPreviousReportLookup
{
    /// <summary>The previous-year report of the same agency, or null when there is none.</summary>
    Report? Find(Report report, CancellationToken cancellationToken);

    /// <summary>The same agency's report on the year after, or null when there is none (the default, for a lookup that
    /// knows only earlier years). The parse uses it, like the previous year's, to split run-together digits
    /// (docs/run-together.md §3); no rule checks against it.</summary>
    Report? FindNext(Report report, CancellationToken cancellationToken) => null;
}
