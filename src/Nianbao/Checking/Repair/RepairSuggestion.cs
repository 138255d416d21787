using System.Text.Json.Serialization;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking.Repair;

/// <summary>
/// The structured repair hint carried by an identity finding (arg "suggestion"). Kind: "cell" (one wrong cell),
/// "cells" (several), "split" (one number split across two cells), "merge" (two numbers in one cell) or
/// "conflict" (no single explanation: Rules are the failing rules and SharedCells the cells they share).
/// The report's own values are never changed.
/// </summary>
internal sealed record RepairSuggestion(string Kind, IReadOnlyList<SuggestedValue> Changes, IReadOnlyList<string> Rules, IReadOnlyList<LocatedCell> SharedCells);

/// <summary>A cell, its printed labels, its value as read (null = blank) and the value that makes every rule hold.</summary>
internal sealed record SuggestedValue([property: JsonIgnore] CellRef Cell, string RowLabel, string ColumnLabel, long? Current, long Proposed, Provenance? Source)
{
    [JsonPropertyOrder(-3)] public string Table => Cell.Table;
    [JsonPropertyOrder(-2)] public string Row => Cell.Row;
    [JsonPropertyOrder(-1)] public string Column => Cell.Column;
}
