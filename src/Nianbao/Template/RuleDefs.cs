using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>The rules of template.json "rules" (docs/format.md §5): stated over template keys, run by the checking stage.</summary>
public sealed record RuleSet(
    [property: JsonPropertyName("$comment")] string? Comment,
    IReadOnlyList<NonNegativeDef> NonNegative, IReadOnlyList<ComparisonDef> WithinYear, IReadOnlyList<ComparisonDef> CrossYear,
    CopiedTextDef CopiedText);

/// <summary>Every read value of the table is an integer ≥ 0 (docs/format.md §5.1–§5.2).</summary>
public sealed record NonNegativeDef(string Code, string Table);

/// <summary>Sections repeated from the previous year's report (docs/format.md §5.4): Jaccard of character 5-grams ≥
/// <see cref="Threshold"/>, both texts at least <see cref="MinLength"/> characters.</summary>
public sealed record CopiedTextDef(IReadOnlyList<string> Sections, double Threshold, int MinLength);

/// <summary>
/// A linear comparison of a table's cells, checked per row (terms name columns) or per column (terms name rows):
/// Σ left relation Σ right, where a term may read the previous year's report. See template.json "rules".
/// </summary>
public sealed record ComparisonDef(
    string Code, string Table, IReadOnlyList<FormatId>? Formats, string Per, IReadOnlyList<string>? Rows,
    IReadOnlyList<string> Left, string Relation, IReadOnlyList<string> Right, IReadOnlyList<string> Cells,
    IReadOnlyDictionary<string, string> Args)
{
    /// <summary>True when checked once per column (terms name rows); false for once per row (terms name columns).</summary>
    public bool PerColumn => Per == "column";

    /// <summary>True for "=", false for "≥".</summary>
    public bool IsEquality => Relation == "=";

    /// <summary><see cref="Left"/> parsed into terms.</summary>
    public IReadOnlyList<Term> LeftTerms { get; } = Left.Select(Term.Parse).ToList();
    /// <summary><see cref="Right"/> parsed into terms.</summary>
    public IReadOnlyList<Term> RightTerms { get; } = Right.Select(Term.Parse).ToList();

    /// <summary>True when the layout is one this comparison applies to.</summary>
    public bool AppliesTo(FormatId layout) => Formats is null || Formats.Contains(layout);
}

/// <summary>One term of a comparison: [-][previous:]key, the key naming a column (per-row rules) or a row.</summary>
public sealed record Term(int Sign, bool Previous, string Key)
{
    /// <summary>The prefix of a term that reads the same agency's report of the year before.</summary>
    public const string PreviousPrefix = "previous:";

    /// <summary>Parses "[-][previous:]key".</summary>
    public static Term Parse(string text)
    {
        var sign = text.StartsWith('-') ? -1 : 1;
        var rest = sign < 0 ? text[1..] : text;
        var previous = rest.StartsWith(PreviousPrefix, StringComparison.Ordinal);
        return new Term(sign, previous, previous ? rest[PreviousPrefix.Length..] : rest);
    }

    /// <summary>The cell this term reads on a given row (per-row rule) or column (per-column rule).</summary>
    public CellRef Cell(string table, string anchor, bool perColumn) =>
        perColumn ? new CellRef(table, Key, anchor) : new CellRef(table, anchor, Key);
}
