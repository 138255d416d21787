namespace Nianbao.Normalizing;

/// <summary>
/// Builds the matching copy of a text in one pass (format.md §9.3 steps 1, 3–6): drops CR, BOM and zero-width
/// characters, Word bookmarks and (optionally) pinyin annotations; maps NBSP/U+3000 to space, full-width ASCII to
/// half-width and traditional to simplified. Line breaks, tabs and pipes survive, so tokenizers can run on it.
/// </summary>
public static class TextNormalizer
{
    const string Bookmark = "[bookmark:";

    public static MatchText Normalize(string original, bool stripPinyin)
    {
        var text = new char[original.Length];
        var map = new int[original.Length];
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            switch (c)
            {
                case '\r' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD':
                    continue;
                case '[' when string.CompareOrdinal(original, i, Bookmark, 0, Bookmark.Length) == 0:
                    var close = original.IndexOf(']', i);
                    if (close > 0 && original.IndexOf('\n', i, close - i) < 0) { i = close; continue; }
                    break;
                case '(' or '（' when stripPinyin:
                    var len = PinyinAnnotations.AnnotationLength(original, i, out _);
                    if (len > 0) { i += len - 1; continue; }
                    break;
            }
            text[n] = Fold(c);
            map[n++] = i;
        }
        return new MatchText(new string(text, 0, n), map, original.Length);
    }

    /// <summary>Width, space and script folding of one character.</summary>
    public static char Fold(char c) => c switch
    {
        '\u00A0' or '\u3000' or (>= '\u2000' and <= '\u200A') or '\u202F' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u2014' or '\u2015' => '—',
        '\u3007' => '〇',
        _ => TraditionalToSimplified.Map(c),
    };

    /// <summary>The matching copy of a short piece of text (a cell or label), pinyin stripped when present.</summary>
    public static string ForMatching(string s) => Normalize(s, PinyinAnnotations.ShouldStrip(s)).Text;
}
