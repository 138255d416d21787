using Nianbao.Documents;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// Recognises the six section headings (format.md §2.1) and their variants: a short line whose label key starts
/// with the section's ordinal (一…六, optionally 第…部分) and contains one of its keywords. Sub-headings in
/// parentheses — （一）主动公开 — are not section headings.
/// </summary>
public static class HeadingMatcher
{
    const int MaxHeadingKey = 40;

    public static SectionDef? Match(Cell line, IReadOnlyList<SectionDef> sections)
    {
        var text = line.Text.TrimStart();
        if (text.Length == 0 || text[0] is '(' or '（' or '【' or '[') return null;
        var key = line.Key;
        if (key.Length > MaxHeadingKey) return null;
        if (key.StartsWith('第') && key.Length > 3) key = key[1..].Replace("部分", "");
        foreach (var s in sections)
        {
            if (!key.StartsWith(s.Ordinal, StringComparison.Ordinal)) continue;
            if (key.Length > s.Ordinal.Length && "一二三四五六七八九十".Contains(key[s.Ordinal.Length])) continue;
            foreach (var m in s.Match)
                if (key.Contains(LabelKey.OfPrinted(m), StringComparison.Ordinal)) return s;
        }
        return null;
    }

    /// <summary>The variant a printed heading is, or null when it is the canonical heading.</summary>
    public static (bool Canonical, LabelVariant? Variant) Fit(Cell line, SectionDef s)
    {
        var key = line.Key;
        if (key == LabelKey.OfPrinted(s.Label)) return (true, null);
        var variant = (s.Variants ?? []).FirstOrDefault(v => LabelKey.OfPrinted(v.Label) == key);
        return (false, variant);
    }
}
