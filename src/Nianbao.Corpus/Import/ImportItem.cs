using Nianbao.Corpus.Agencies;
using Nianbao.Model;

namespace Nianbao.Corpus.Import;

/// <summary>What an import did with one file.</summary>
public enum ImportOutcome
{
    /// <summary>Content seen for the first time, parsed and stored.</summary>
    New,
    /// <summary>Content already in the corpus, read by the same parser version: nothing to do.</summary>
    Unchanged,
    /// <summary>Content already in the corpus, parsed again (another parser version, --recheck, or a previous failure).</summary>
    Reparsed,
    /// <summary>The file could not be read as a report; recorded with its error.</summary>
    Failed,
}

/// <summary>The previous-year report the cross-year rules saw: its id and the parser version it was read with.</summary>
public sealed record PreviousRef(long Id, string ParserVersion);

/// <summary>One file on its way from disk to the corpus: identity, the parsed and checked report or the failure.</summary>
sealed class ImportItem
{
    public required string Path { get; init; }
    public required string Sha256 { get; set; }
    public long Size { get; init; }
    public byte[]? Content { get; init; }
    /// <summary>Where the file was downloaded from (a URL list), else where it says it is published; null: unknown.</summary>
    public string? Url { get; set; }
    public ImportOutcome Outcome { get; set; }
    public Report? Report { get; set; }
    public IReadOnlyList<Finding>? Findings { get; set; }
    /// <summary>How many errors, warnings and infos the findings hold (what the writer still needs of them once
    /// <see cref="Rows"/> are built and the findings let go).</summary>
    public (int Errors, int Warnings, int Infos)? Counts { get; set; }
    public Finding? Failure { get; set; }
    public AgencyIdentity? Agency { get; set; }
    public string? Scope { get; set; }
    public string? ScopeEvidence { get; set; }
    public PreviousRef? Previous { get; set; }
    /// <summary>The previous-year report when it was a report of this import not yet committed: its SHA-256 (the
    /// writer puts in its id, written in this batch or an earlier one).</summary>
    public string? PreviousSha { get; set; }
    /// <summary>The reports row written (set by the writer).</summary>
    public long? WrittenReportId { get; set; }

    /// <summary>The report's rows for the per-report tables, built on the worker that checked it (null: built when written).</summary>
    public Storage.EncodedRows? Rows { get; set; }
    /// <summary>A cross-year re-check: written only if the previous-year report is still the one it was checked against.</summary>
    public bool Recheck { get; init; }
    /// <summary>The report id, for a re-check.</summary>
    public long? ReportId { get; init; }
}
