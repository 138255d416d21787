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
    sealed record Pattern(RowDef Row, string Key);

    static readonly ConcurrentDictionary<(TableDef, FormatId), LabelMatcher> Cache = new();

    readonly List<Pattern> patterns = [];
    readonly Dictionary<RowDef, string> canonical = [];
    readonly Dictionary<RowDef, List<(string Key, LabelVariant Variant)>> variants = [];

    LabelMatcher(IEnumerable<RowDef> rows)
    {
        foreach (var row in rows)
        {
            foreach (var m in row.Match ?? [row.Label]) patterns.Add(new Pattern(row, LabelKey.OfPrinted(m)));
            canonical[row] = LabelKey.OfPrinted(row.Label);
            variants[row] = (row.Variants ?? []).Select(v => (LabelKey.OfPrinted(v.Label), v)).ToList();
        }
    }

    public static LabelMatcher For(TableDef table, FormatId format) =>
        Cache.GetOrAdd((table, format), k => new LabelMatcher(k.Item1.RowsFor(k.Item2)));

    public LabelMatch? Match(string key)
    {
        Pattern? best = null;
        var bestAt = -1;
        foreach (var p in patterns)
        {
            var at = key.LastIndexOf(p.Key, StringComparison.Ordinal);
            if (at < 0) continue;
            if (at > bestAt || (at == bestAt && p.Key.Length > best!.Key.Length)) { best = p; bestAt = at; }
        }
        if (best is null) return null;
        var row = best.Row;
        if (key.EndsWith(canonical[row], StringComparison.Ordinal)) return new LabelMatch(row, LabelFit.Canonical, null);
        foreach (var (vkey, variant) in variants[row])
            if (key.EndsWith(vkey, StringComparison.Ordinal)) return new LabelMatch(row, LabelFit.KnownVariant, variant);
        return new LabelMatch(row, LabelFit.Keyword, null);
    }
}
