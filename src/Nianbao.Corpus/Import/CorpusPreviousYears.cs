using System.Data.Common;
using System.Runtime.CompilerServices;
using Nianbao.Batch;
using Nianbao.Checking;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Corpus.Import;

/// <summary>
/// The corpus as the cross-year rules' source of previous years (docs/corpus.md "Cross-year rules"): for a report,
/// the same agency's report on the year before, read back from the database. Asked from several worker threads at
/// once (one connection per thread). It remembers which previous-year report (and parser version) each report was
/// given, for the import to record.
/// </summary>
public sealed class CorpusPreviousYears(CorpusDb db) : IPreviousReportLookup, IDisposable
{
    readonly ThreadLocal<DbConnection> connections = new(db.Connect, trackAllValues: true);
    readonly ConditionalWeakTable<Report, Given> given = new();

    sealed record Given(PreviousRef? Previous, string? PendingSha);

    /// <summary>Called before each look-up (the import waits there until the earlier years are stored).</summary>
    public Action<Report, CancellationToken>? BeforeFind { get; init; }

    /// <summary>An import's own reports, answered from memory (<see cref="ImportYears"/>); null: the corpus only.</summary>
    internal ImportYears? Years { get; init; }

    /// <summary>The template the reports are checked with: its rules say what of a previous year is loaded.</summary>
    public ReportTemplate Template { get; init; } = ReportTemplate.Embedded;

    /// <summary>The previous-year report of the same agency in the corpus, or null when there is none: only what the
    /// template's cross-year rules read of it (<see cref="PreviousYearInputs"/>), not every stored value.</summary>
    public Report? Find(Report report, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        BeforeFind?.Invoke(report, cancellationToken);
        var agency = Identity(report);
        var (scope, _) = ReportScope.Infer(report, agency);
        var c = connections.Value!;
        PreviousRef? previous = null;
        if (Years is { } years)
        {
            var found = agency is not null && report.Year is int y ? years.Find(c, agency, y, scope) : default;
            given.AddOrUpdate(report, new Given(found.Stored, found.PendingSha));
            if (found.Part is not null) return found.Part;
            previous = found.Stored;
        }
        else
        {
            if (agency is not null && report.Year is int year && AgencyStore.Lookup(c, null, agency.Key) is long agencyId)
                previous = PreviousYears.Find(c, null, agencyId, year, scope);
            given.AddOrUpdate(report, new Given(previous, null));
        }
        return previous is null ? null : ReportLoader.LoadPrevious(c, null, previous.Id, PreviousYearInputs.Of(Template));
    }

    /// <summary>The previous-year report <see cref="Find"/> gave for this report (null: none, or never asked).</summary>
    public PreviousRef? GivenFor(Report report) => given.TryGetValue(report, out var g) ? g.Previous : null;

    /// <summary>The SHA-256 of the report of this import, not committed when asked, that <see cref="Find"/> gave
    /// for this report (the writer puts in its id).</summary>
    internal string? PendingFor(Report report) => given.TryGetValue(report, out var g) ? g.PendingSha : null;

    /// <summary>The calling thread's connection.</summary>
    internal DbConnection Connection => connections.Value!;

    /// <summary>Who issued the report, as the corpus identifies agencies (its name, helped by 发文机关).</summary>
    public static AgencyIdentity? Identity(Report report) =>
        AgencyIdentity.Of(report.Agency, report.Metadata.TryGetValue(Keys.Metadata.Issuer, out var issuer) ? issuer.Value : null);

    public void Dispose()
    {
        foreach (var c in connections.Values) c.Dispose();
        connections.Dispose();
    }
}
