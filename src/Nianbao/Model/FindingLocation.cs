namespace Nianbao.Model;

/// <summary>Where a finding points: codebook keys (section, table, row, column) and, where known, the source.</summary>
public sealed record FindingLocation
{
    public string? Section { get; init; }
    public string? Table { get; init; }
    public string? Row { get; init; }
    public string? Column { get; init; }
    public Provenance? Source { get; init; }
    /// <summary>Further cells involved (e.g. every cell of a broken sum).</summary>
    public IReadOnlyList<CellRef>? Cells { get; init; }

    public static readonly FindingLocation Document = new();
}

/// <summary>One table cell named by codebook keys, with its source position.</summary>
public sealed record CellRef(string Table, string Row, string Column, Provenance? Source);
