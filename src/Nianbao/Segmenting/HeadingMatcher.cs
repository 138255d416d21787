using Nianbao.Documents;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>
/// Recognises the six section headings (docs/format.md §2.1) and their variants: a short line whose label key starts
/// with the section's ordinal (一…六, optionally 第…部分, after markdown marks) and contains one of its keywords. Sub-headings in
/// parentheses — （一）主动公开 — are not section headings.
/// </summary>
internal static class HeadingMatcher
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
        var key = line.Key.TrimStart('#');
        // A long line is a heading only when it opens with a section's printed heading (the heading and its
        // first sentence run together in some copies); otherwise it is running text.
        if (key.Length > MaxHeadingKey) return OpensWithHeading(line.Text, key, sections, from);
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

    static int OpensWithHeading(string text, string key, IReadOnlyList<SectionDef> sections, int from)
    {
        for (var i = from; i < sections.Count; i++)
        {
            var s = sections[i];
            foreach (var printed in (s.Variants ?? []).Select(v => v.Label).Prepend(s.Label))
            {
                var heading = LabelKey.OfPrinted(printed);
                if (key.StartsWith(heading, StringComparison.Ordinal) && BreaksAfter(text, heading.Length)) return i;
            }
        }
        return -1;
    }

    /// <summary>True when the text breaks (space, punctuation, a number) right after its first <paramref name="keyChars"/>
    /// label-key characters: "二、主动公开政府信息情况 本年…" is a heading, "…情况方面，…" a sentence.</summary>
    static bool BreaksAfter(string text, int keyChars)
    {
        var seen = 0;
        var i = 0;
        for (; i < text.Length && seen < keyChars; i++)
            if (LabelKey.Of(text[i].ToString()).Length > 0) seen++;
        if (i >= text.Length) return true;
        var c = text[i];
        return char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsAsciiDigit(c) || c is '|' or '　';
    }

    /// <summary>The variant a printed heading is, or null when it is the canonical heading.</summary>
    public static (bool Canonical, LabelVariant? Variant) Fit(Cell line, SectionDef s)
    {
        var key = line.Key.TrimStart('#');
        var runOn = key.Length > MaxHeadingKey;
        bool Same(string printed) => runOn ? key.StartsWith(LabelKey.OfPrinted(printed), StringComparison.Ordinal) : key == LabelKey.OfPrinted(printed);
        if (Same(s.Label)) return (true, null);
        return (false, (s.Variants ?? []).FirstOrDefault(v => Same(v.Label)));
    }
}
