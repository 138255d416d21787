using System.Text.Json.Serialization;
using Nianbao.Template;

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
    public IReadOnlyList<LocatedCell>? Cells { get; init; }

    public static readonly FindingLocation Document = new();
}

/// <summary>A cell a finding involves: its name and, where known, where it was read.</summary>
public sealed record LocatedCell([property: JsonIgnore] CellRef Cell, Provenance? Source)
{
    [JsonPropertyOrder(-3)] public string Table => Cell.Table;
    [JsonPropertyOrder(-2)] public string Row => Cell.Row;
    [JsonPropertyOrder(-1)] public string Column => Cell.Column;
}
