namespace Nianbao.Normalizing;

/// <summary>
/// Builds the matching copy of a text in one pass (docs/format.md §9.3 steps 1, 3–6): drops CR, BOM and zero-width
/// characters, Word bookmarks and (optionally) pinyin annotations; maps NBSP/U+3000 to space, full-width ASCII to
/// half-width and traditional to simplified, control characters to U+FFFD. Line breaks, tabs and pipes survive, so tokenizers can run on it.
/// </summary>
internal static class TextNormalizer
{
    const string Bookmark = "[bookmark:";

    public static MatchText Normalize(string original, bool stripPinyin)
    {
        // Folded into a pooled buffer; the index map is only built from the first dropped character on (most files
        // drop none, and then indices are the same in both).
        var span = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        int[]? map = null;
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            switch (c)
            {
                case '\r' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD':
                    Drop(ref map, n, original.Length);
                    continue;
                case '[' when string.CompareOrdinal(original, i, Bookmark, 0, Bookmark.Length) == 0:
                    var close = original.IndexOf(']', i);
                    if (close > 0 && original.IndexOf('\n', i, close - i) < 0) { Drop(ref map, n, original.Length); i = close; continue; }
                    break;
                case '(' or '（' when stripPinyin:
                    var len = PinyinAnnotations.AnnotationLength(original, i, out _);
                    if (len > 0) { Drop(ref map, n, original.Length); i += len - 1; continue; }
                    break;
            }
            span[n] = Fold(c);
            if (map is not null) map[n] = i;
            n++;
        }
        var text = new string(span, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(span);
        return new MatchText(text, map, original.Length);
    }

    /// <summary>Starts the index map (identity so far) at the first character dropped.</summary>
    static void Drop(ref int[]? map, int n, int length)
    {
        if (map is not null) return;
        map = new int[length];
        for (var k = 0; k < n; k++) map[k] = k;
    }

    /// <summary>Width, space and script folding of one character.</summary>
    public static char Fold(char c) => c switch
    {
        '\u00A0' or '\u3000' or (>= '\u2000' and <= '\u200A') or '\u202F' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u2014' or '\u2015' => '—',
        '\u3007' => '〇',
        _ when IsControl(c) => '\uFFFD',
        _ => TraditionalToSimplified.Map(c),
    };

    /// <summary>A control character that is not text: C0 controls other than tab, line feed, vertical tab, form
    /// feed and carriage return; DEL; C1 controls. The matching copy holds U+FFFD in its place, so a number with a
    /// NUL inside is unreadable, never read with the NUL dropped.</summary>
    public static bool IsControl(char c) => c < ' ' ? c is not ('\t' or '\n' or '\v' or '\f' or '\r') : c is >= '\u007F' and <= '\u009F';

    /// <summary>The matching copy of a short piece of text (a cell or label), pinyin stripped when present.</summary>
    public static string ForMatching(string s) => Normalize(s, PinyinAnnotations.ShouldStrip(s)).Text;
}
