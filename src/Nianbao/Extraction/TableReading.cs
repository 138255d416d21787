using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>
/// What a table reader returns: the values (null when the table was not found), what it noticed (findings, an
/// output), and what later steps need, as data: how many rows were absent or miscounted (to compare layouts), the
/// rows printed as their label alone (wholly blank rows), and the digit runs left for the reconciling stage.
/// </summary>
internal sealed record TableReading(TableValues? Values, List<Finding> Findings)
{
    public int AbsentRows { get; init; }
    public int MiscountedRows { get; init; }
    public IReadOnlySet<string> BlankRows { get; init; } = new HashSet<string>();
    /// <summary>Digit runs of this reading; <see cref="DigitRun.FindingIndex"/> indexes <see cref="Findings"/>.</summary>
    public IReadOnlyList<DigitRun> Runs { get; init; } = [];
}

/// <summary>
/// A row (or, for table 四, the whole table) whose values came as one run of digits without separators (issue 3 §5):
/// null cells for now, with the finding at <see cref="FindingIndex"/> saying so. The reconciling stage segments the
/// digits from the table's rules and replaces that finding with its outcome. <see cref="Row"/> is null when the run
/// spans every row of the table.
/// </summary>
internal sealed record DigitRun(string Table, string? Row, string Label, string Digits, Provenance? Source, int FindingIndex)
{
    /// <summary>The source span of the part of the digits at [at, at + length) when the run is a text span.</summary>
    public Provenance? SourceOf(int at, int length) =>
        Source is { Kind: "text", Column: int col } && Source.Length == Digits.Length
            ? Source with { Column = col + at, Length = length }
            : Source;
}

/// <summary>
/// What the extraction stage returns: the canonical report (values, metadata, sections, narrative figures, profile,
/// findings) and, for the reconciling stage, the digit runs to segment (their findings indexed in
/// <see cref="Report"/>.Findings) and the wholly blank rows of each table.
/// </summary>
internal sealed record Extracted(Report Report, IReadOnlyList<DigitRun> Runs, IReadOnlyDictionary<string, IReadOnlySet<string>> BlankRows);
