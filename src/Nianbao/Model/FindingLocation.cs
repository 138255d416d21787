using System.Text.Json.Serialization;
using Nianbao.Template;

namespace Nianbao.Model;

/// <summary>Where a finding points: codebook keys (section, table, row, column) and, where known, the source.</summary>
public sealed record FindingLocation
{
    /// <summary>Section key the finding is about, or null.</summary>
    public string? Section { get; init; }
    /// <summary>Table key the finding is about, or null.</summary>
    public string? Table { get; init; }
    /// <summary>Row key the finding is about, or null.</summary>
    public string? Row { get; init; }
    /// <summary>Column key the finding is about, or null (a whole row or table).</summary>
    public string? Column { get; init; }
    /// <summary>Where in the source the finding points, or null when it concerns no one place.</summary>
    public Provenance? Source { get; init; }
    /// <summary>Further cells involved (e.g. every cell of a broken sum).</summary>
    public IReadOnlyList<LocatedCell>? Cells { get; init; }

    /// <summary>The whole document: no key, no source position.</summary>
    public static readonly FindingLocation Document = new();
}

/// <summary>A cell a finding involves: its name and, where known, where it was read.</summary>
public sealed record LocatedCell([property: JsonIgnore] CellRef Cell, Provenance? Source)
{
    /// <summary>Table key of the cell.</summary>
    [JsonPropertyOrder(-3)] public string Table => Cell.Table;
    /// <summary>Row key of the cell.</summary>
    [JsonPropertyOrder(-2)] public string Row => Cell.Row;
    /// <summary>Column key of the cell.</summary>
    [JsonPropertyOrder(-1)] public string Column => Cell.Column;
}
