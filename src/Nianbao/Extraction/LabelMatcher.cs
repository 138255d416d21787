using System.Collections.Concurrent;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>How a printed label compares with the template's.</summary>
internal enum LabelFit { Canonical, KnownVariant, Keyword }

internal sealed record LabelMatch(RowDef Row, LabelFit Fit, LabelVariant? Variant);

/// <summary>
/// Matches a cell's label key against a table's rows by their distinctive keywords (docs/format.md §2.4: "match on the
/// distinctive keyword, not on the exact string"). When a cell holds a group label and a row label together,
/// the keyword found last wins, since the row label follows its group. Then says whether the printed label is
/// the canonical one, a known variant or typo, or only shares the keyword.
/// </summary>
internal sealed class LabelMatcher
{
    // Each pattern carries its row's answers, made once: the canonical key, the known variants, and the three kinds of
    // match (immutable, so shared by every call).
    sealed record Pattern(RowDef Row, string Key, string Canonical, (string Key, LabelMatch Match)[] Variants,
        LabelMatch AsCanonical, LabelMatch AsKeyword);

    static readonly ConcurrentDictionary<(TableDef, FormatId), LabelMatcher> Cache = new();

    readonly Pattern[] patterns;
    // Every pattern key at once, in pattern order: the last place where one starts is where the match is (below).
    readonly WordFinder finder;

    LabelMatcher(IEnumerable<RowDef> rows)
    {
        var list = new List<Pattern>();
        foreach (var row in rows)
        {
            var canonical = LabelKey.OfPrinted(row.Label);
            var variants = (row.Variants ?? []).Select(v => (LabelKey.OfPrinted(v.Label), new LabelMatch(row, LabelFit.KnownVariant, v))).ToArray();
            var asCanonical = new LabelMatch(row, LabelFit.Canonical, null);
            var asKeyword = new LabelMatch(row, LabelFit.Keyword, null);
            // A printed pattern of punctuation alone has an empty key, which names no row: it is left out.
            foreach (var m in row.Match ?? [row.Label])
                if (LabelKey.OfPrinted(m) is { Length: > 0 } key)
                    list.Add(new Pattern(row, key, canonical, variants, asCanonical, asKeyword));
        }
        patterns = [.. list];
        finder = new WordFinder(patterns.Select(p => p.Key));
    }

    public static LabelMatcher For(TableDef table, FormatId format) =>
        Cache.GetOrAdd((table, format), k => new LabelMatcher(k.Item1.RowsFor(k.Item2)));

    public LabelMatch? Match(string key)
    {
        // The pattern found last wins, the longest of those found there, the first listed of equal ones: the last
        // place where any pattern starts, then the patterns starting there in pattern order.
        var at = finder.LastIndexOfAny(key);
        if (at < 0) return null;
        Pattern? best = null;
        foreach (var id in finder.Candidates(key[at]))
            if (key.AsSpan(at).StartsWith(patterns[id].Key, StringComparison.Ordinal) && (best is null || patterns[id].Key.Length > best.Key.Length))
                best = patterns[id];
        if (best is null) return null;
        if (key.EndsWith(best.Canonical, StringComparison.Ordinal)) return best.AsCanonical;
        foreach (var (vkey, match) in best.Variants)
            if (key.EndsWith(vkey, StringComparison.Ordinal)) return match;
        return best.AsKeyword;
    }
}
