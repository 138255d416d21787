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
        Stack<(int Close, int End)>? spans = null;
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
                case '\n' when CellBreak(original, i) is var (pipe, next) && next > 0:
                    // A table row whose cells a Markdown converter put in paragraphs of their own, a `|` line between
                    // them (python3-html2text on cells holding <p>): one pipe row again (docs/accuracy.md "Real converters").
                    Drop(ref map, n, original.Length);
                    span[n] = '|';
                    map![n] = pipe;
                    n++;
                    i = next - 1;
                    continue;
                case '<' when InlineTagLength(original, i) is > 0 and var tag:
                    // An inline HTML tag a converter left in Markdown text (pandoc's `<span lang="EN-US" …>` in a cell).
                    Drop(ref map, n, original.Length);
                    i += tag - 1;
                    continue;
                case '[' when BracketedSpan(original, i) is { Close: > 0 } bracketed:
                    // pandoc's bracketed span `[text]{lang="EN-US" style="…"}`: the text, without the brackets and attributes.
                    Drop(ref map, n, original.Length);
                    spans ??= new Stack<(int Close, int End)>();
                    spans.Push(bracketed);
                    continue;
                case ']' when spans is { Count: > 0 } && spans.Peek().Close == i:
                    Drop(ref map, n, original.Length);
                    i = spans.Pop().End - 1;
                    continue;
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

    /// <summary>At a line break ending a line with text (not a Markdown hard break, two trailing spaces, which ends a
    /// row): the position of a `|` alone on a following line (only empty lines between) and where reading resumes —
    /// at the next cell's text, or right after the `|` when its line ends the row (trailing spaces) — or (-1, -1).</summary>
    static (int Pipe, int Next) CellBreak(string s, int i)
    {
        var start = LineStart(s, i);
        var line = s.AsSpan(start, i - start).TrimEnd('\r');
        if (line.IsWhiteSpace() || line.EndsWith("  ")) return (-1, -1);
        var k = i;
        while (k < s.Length && s[k] is '\n' or '\r') k++;
        if (k >= s.Length || s[k] != '|') return (-1, -1);
        var e = k + 1;
        while (e < s.Length && s[e] is ' ' or '\t' or '\r') e++;
        if (e < s.Length && s[e] != '\n') return (-1, -1);
        if (e > k + 1 && s.AsSpan(k + 1, e - k - 1).TrimEnd('\r').Length >= 2) return (k, k + 1);   // `|  `: the row ends here
        var next = e;
        while (next < s.Length && s[next] is '\n' or '\r') next++;
        return next < s.Length && !char.IsWhiteSpace(s[next]) ? (k, next) : (k, k + 1);
    }

    static int LineStart(string s, int i) => i == 0 ? 0 : s.LastIndexOf('\n', i - 1) + 1;

    static readonly string[] InlineTags = ["span", "font", "p", "br", "b", "strong", "em", "i", "u", "sup", "sub", "div", "a", "o:p"];

    /// <summary>The length of an inline HTML tag (`&lt;span …&gt;`, `&lt;/span&gt;`, `&lt;br/&gt;`) starting at <paramref name="i"/> and
    /// closed on its line, or 0.</summary>
    static int InlineTagLength(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '/') j++;
        var nameStart = j;
        while (j < s.Length && (char.IsAsciiLetter(s[j]) || s[j] == ':')) j++;
        if (j == nameStart || !InlineTags.Contains(s[nameStart..j].ToLowerInvariant())) return 0;
        if (j >= s.Length || s[j] is not (' ' or '>' or '/')) return 0;
        for (var k = j; k < s.Length && k - i < 2000; k++)
        {
            if (s[k] == '>') return k - i + 1;
            if (s[k] is '\n' or '<') return 0;
        }
        return 0;
    }

    /// <summary>pandoc's bracketed span starting at <paramref name="i"/>: `[text]{attributes}` on one line, the text
    /// without brackets, the attributes a language, style, class or id. The positions of its `]` and right after its
    /// `}`, or (0, 0). Every search stays on the line and within a bound: an unbounded search for the `}` from each
    /// `[` made a file of unclosed spans take time quadratic in its size (docs/fuzzing.md, "Slow inputs checked for super-linear work").</summary>
    static (int Close, int End) BracketedSpan(string s, int i)
    {
        for (var k = i + 1; k < s.Length && k - i < 2000; k++)
        {
            if (s[k] is '[' or '\n') return default;
            if (s[k] != ']') continue;
            if (k + 1 >= s.Length || s[k + 1] != '{') return default;
            var rest = s.AsSpan(k + 2);
            if (!(rest.StartsWith("lang=") || rest.StartsWith("style=") || rest.StartsWith(".") || rest.StartsWith("#"))) return default;
            for (var e = k + 2; e < s.Length && e - i < 4000; e++)
            {
                if (s[e] == '\n') return default;
                if (s[e] == '}') return (k, e + 1);
            }
            return default;
        }
        return default;
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
