using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>A zero statement: a negation word, then within <see cref="Within"/> characters a word naming the figure
/// (未收到…申请 → 0), with none of <see cref="Unless"/> in between.</summary>
public sealed record ZeroDef(IReadOnlyList<string> Words, IReadOnlyList<string> Then, int Within, IReadOnlyList<string>? Unless);

/// <summary>Where a figure's context word must appear: "paragraph" (the line) or "sentence".</summary>
public sealed record ContextDef(string Scope, IReadOnlyList<string> Any);

/// <summary>The table cells a figure is compared with (docs/format.md §5.5): any accepted sum equal to the figure passes.
/// Each alternative is a list of cell patterns summed.</summary>
public sealed record CheckDef(string Code, string? ZeroCode, string Table, string Label, IReadOnlyList<IReadOnlyList<string>> Accept)
{
    /// <summary><see cref="Accept"/> parsed: each alternative is a list of cell patterns whose cells are summed.</summary>
    public IReadOnlyList<IReadOnlyList<CellPattern>> Alternatives { get; } =
        Accept.Select(a => (IReadOnlyList<CellPattern>)a.Select(CellPattern.Parse).ToList()).ToList();
}

/// <summary>
/// "row.column", or "prefix*.column" for every row whose key starts with the prefix (sub-group totals such as
/// 不予公开 are not printed, docs/format.md §5.1): the cells a narrative figure is compared with.
/// </summary>
public sealed record CellPattern(string Row, bool IsPrefix, string Column)
{
    /// <summary>Parses "row.column" or "prefix*.column" (the column follows the last dot).</summary>
    public static CellPattern Parse(string text)
    {
        var dot = text.LastIndexOf('.');
        var row = text[..dot];
        return row.EndsWith('*') ? new CellPattern(row[..^1], true, text[(dot + 1)..]) : new CellPattern(row, false, text[(dot + 1)..]);
    }

    /// <summary>The cells of a table with these row keys that the pattern names, in row order.</summary>
    public IEnumerable<CellRef> Expand(string table, IEnumerable<string> rowKeys) =>
        IsPrefix ? rowKeys.Where(k => k.StartsWith(Row, StringComparison.Ordinal)).Select(k => new CellRef(table, k, Column))
            : [new CellRef(table, Row, Column)];

    /// <summary>The row a finding about this pattern points at: the row, or the prefix without its separator.</summary>
    public string LocationRow => IsPrefix ? Row.TrimEnd('_') : Row;

    /// <summary>The pattern as written in figures.json.</summary>
    public override string ToString() => IsPrefix ? $"{Row}*.{Column}" : $"{Row}.{Column}";
}

/// <summary>A figure written before its keyword (66件在法定期限内…予以答复): a number and one of the figure's units,
/// then within <see cref="Within"/> characters one of <see cref="Keywords"/>, with no clause end
/// (<see cref="FigureCatalog.ClauseEnds"/>) between them.</summary>
public sealed record BeforeDef(IReadOnlyList<string> Keywords, int Within);

/// <summary>Chinese numerals (三件, 十二条, 一百零五件, 二〇二一): digit characters and their values, and the
/// multipliers 十, 百, 千, 万.</summary>
public sealed record NumeralDef(Dictionary<string, int> Digits, Dictionary<string, int> Multipliers)
{
    internal bool IsDigit(char c) => Digits.ContainsKey(c.ToString());

    internal bool IsMultiplier(char c) => Multipliers.ContainsKey(c.ToString());

    /// <summary>A numeral may start with a digit, or with 十 alone (十二 = 12).</summary>
    internal bool CanStart(char c) => IsDigit(c) || (Multipliers.TryGetValue(c.ToString(), out var m) && m == 10);
}

/// <summary>One narrative figure pattern of figures.json.</summary>
public sealed record FigureDef(
    string Key, string Unit, IReadOnlyList<string> Keywords, IReadOnlyList<string>? Then, int ThenWithin, int Within,
    IReadOnlyList<string> Units, IReadOnlyList<string>? UnlessBefore, ContextDef? Context, IReadOnlyList<ZeroDef>? Zero, CheckDef? Check,
    IReadOnlyList<BeforeDef>? Before = null);

/// <summary>A figure read by code rather than by keyword (the statistics period, the year section 一 speaks of).</summary>
public sealed record DerivedFigureDef(string Key, string Unit);

/// <summary>Word lists the section checks use (S-GOV-OVERALL, S-FEE6, NT-FEE).</summary>
public sealed record NarrativeWords(
    IReadOnlyList<string> GovernmentOverview, IReadOnlyList<string> FeeMention, IReadOnlyList<string> FeeNotice,
    IReadOnlyList<IReadOnlyList<string>> OtherItems, IReadOnlyList<string> EmptyOther);

/// <summary>figures.json (issue 4 §6): figure patterns, clause stops and the word lists of the narrative checks.</summary>
public sealed class FigureCatalog
{
    /// <summary>The file's own "$comment" (how a figure is matched); not used by code.</summary>
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    /// <summary>Clause stops (punctuation, brackets, newline): nothing between a figure's keyword and its number may be one.</summary>
    public required string Stops { get; init; }
    /// <summary>Characters that end a sentence (。；！？ and half-width forms), for context scope "sentence".</summary>
    public required string SentenceEnds { get; init; }
    /// <summary>Characters that end a clause for a figure written before its keyword: unlike <see cref="Stops"/>,
    /// brackets and book-title marks do not (66件在法定期限内按照《…》予以答复).</summary>
    public required string ClauseEnds { get; init; }
    /// <summary>Chinese numerals a figure may be written in (三件, 十二条, 一百零五件).</summary>
    public required NumeralDef Numerals { get; init; }
    /// <summary>The keyword-matched figure patterns, in match order.</summary>
    public required IReadOnlyList<FigureDef> Figures { get; init; }
    /// <summary>Figures the extraction code derives itself (statistics period, body year), listed for their key and unit.</summary>
    public required IReadOnlyList<DerivedFigureDef> Derived { get; init; }
    /// <summary>Word lists of the narrative section checks.</summary>
    public required NarrativeWords Checks { get; init; }

    Dictionary<string, FigureDef>? byKey;

    /// <summary>The first figure pattern with this key, or null (derived figures are not patterns).</summary>
    public FigureDef? Figure(string key) =>
        (byKey ??= Figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault(key);

    /// <summary>The unit of a figure key, read or derived.</summary>
    public string UnitOf(string key) => Figure(key)?.Unit ?? Derived.First(d => d.Key == key).Unit;
}
