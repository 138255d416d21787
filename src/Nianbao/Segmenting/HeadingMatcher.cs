using Nianbao.Documents;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// Recognises the six section headings (format.md §2.1) and their variants: a short line whose label key starts
/// with the section's ordinal (一…六, optionally 第…部分, after markdown marks) and contains one of its keywords. Sub-headings in
/// parentheses — （一）主动公开 — are not section headings.
/// </summary>
public static class HeadingMatcher
{
    const int MaxHeadingKey = 40;

    const string Numerals = "一二三四五六七八九十";

    public static SectionDef? Match(Cell line, IReadOnlyList<SectionDef> sections) =>
        Match(line, sections, 0) is var i and >= 0 ? sections[i] : null;

    /// <summary>The index of the section (from <paramref name="from"/> on) this line heads, or -1.</summary>
    public static int Match(Cell line, IReadOnlyList<SectionDef> sections, int from)
    {
        // Cheap test first, so running text never pays for its label key: a heading starts with its ordinal
        // (or 第), after markdown marks at most.
        var text = line.Text.AsSpan().TrimStart().TrimStart("#*- \t");
        if (text.Length == 0 || (text[0] != '第' && !Numerals.Contains(text[0]))) return -1;
        var key = line.Key;
        if (key.Length > MaxHeadingKey) return -1;
        key = key.TrimStart('#');
        if (key.StartsWith('第') && key.Length > 3) key = key[1..].Replace("部分", "");
        for (var i = from; i < sections.Count; i++)
        {
            var s = sections[i];
            if (!key.StartsWith(s.Ordinal, StringComparison.Ordinal)) continue;
            if (key.Length > s.Ordinal.Length && Numerals.Contains(key[s.Ordinal.Length])) continue;
            foreach (var m in s.Match)
                if (key.Contains(LabelKey.OfPrinted(m), StringComparison.Ordinal)) return i;
        }
        return -1;
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
