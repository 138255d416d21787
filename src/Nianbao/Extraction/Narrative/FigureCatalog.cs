using System.Text.Json;

namespace Nianbao.Extraction.Narrative;

/// <summary>A zero statement: a negation word, then within <see cref="Within"/> characters a word naming the figure
/// (未收到…申请 → 0), with none of <see cref="Unless"/> in between.</summary>
public sealed record ZeroDef(IReadOnlyList<string> Words, IReadOnlyList<string> Then, int Within, IReadOnlyList<string>? Unless);

/// <summary>Where a figure's context word must appear: "paragraph" (the line) or "sentence".</summary>
public sealed record ContextDef(string Scope, IReadOnlyList<string> Any);

/// <summary>The table cells a figure is compared with (format.md §5.5): any accepted sum equal to the figure passes.</summary>
public sealed record CheckDef(string Code, string? ZeroCode, string Table, string Label, IReadOnlyList<IReadOnlyList<string>> Accept);

/// <summary>One narrative figure pattern of figures.json.</summary>
public sealed record FigureDef(
    string Key, string Unit, IReadOnlyList<string> Keywords, IReadOnlyList<string>? Then, int ThenWithin, int Within,
    IReadOnlyList<string> Units, IReadOnlyList<string>? UnlessBefore, ContextDef? Context, IReadOnlyList<ZeroDef>? Zero, CheckDef? Check);

/// <summary>Word lists the section checks use (S-GOV-OVERALL, S-FEE6, NT-FEE).</summary>
public sealed record NarrativeWords(
    IReadOnlyList<string> GovernmentOverview, IReadOnlyList<string> FeeMention, IReadOnlyList<string> FeeNotice,
    IReadOnlyList<IReadOnlyList<string>> OtherItems, IReadOnlyList<string> EmptyOther);

/// <summary>The embedded figures.json (issue 4 §6): figure patterns, clause stops and the word lists of the checks.</summary>
public sealed class FigureCatalog
{
    public required string Stops { get; init; }
    public required string SentenceEnds { get; init; }
    public required IReadOnlyList<FigureDef> Figures { get; init; }
    public required NarrativeWords Checks { get; init; }

    static readonly Lazy<FigureCatalog> Loaded = new(Load);
    public static FigureCatalog Default => Loaded.Value;

    readonly Dictionary<string, FigureDef> byKey = [];

    public FigureDef? Figure(string key) => byKey.GetValueOrDefault(key);

    static FigureCatalog Load()
    {
        using var s = typeof(FigureCatalog).Assembly.GetManifestResourceStream("Nianbao.Narrative.figures.json")
            ?? throw new InvalidOperationException("embedded resource Nianbao.Narrative.figures.json is missing");
        var catalog = JsonSerializer.Deserialize<FigureCatalog>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        foreach (var f in catalog.Figures) catalog.byKey.TryAdd(f.Key, f);
        return catalog;
    }
}
