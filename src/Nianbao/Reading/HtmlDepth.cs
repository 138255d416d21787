namespace Nianbao.Reading;

/// <summary>
/// How deep a web page's elements nest, estimated from its tags in one pass before the page is parsed (AngleSharp's
/// tree building slows down faster than linearly with depth, and reading a tree recurses). Counts the elements that
/// need an end tag: void elements (br, img…) and those whose end tag is optional (p, li, td, tr…) do not nest here,
/// and a self-closing tag closes only inside SVG/MathML, as in the HTML parser. Comments and the content of
/// script, style and other raw-text elements are skipped. The estimate stays below the real depth of a sloppy
/// page and finds a deliberately deep one.
/// </summary>
static class HtmlDepth
{
    static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image", "command",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingSpan = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        AngleSharp.Dom.TagNames.Script, AngleSharp.Dom.TagNames.Style, AngleSharp.Dom.TagNames.Textarea, AngleSharp.Dom.TagNames.Title,
        AngleSharp.Dom.TagNames.Xmp, AngleSharp.Dom.TagNames.Iframe, AngleSharp.Dom.TagNames.NoEmbed, AngleSharp.Dom.TagNames.NoFrames,
    };

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextSpan = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The estimated depth, or the first depth past <paramref name="limit"/> (the scan stops there).</summary>
    public static int Estimate(string html, int limit)
    {
        int depth = 0, max = 0, foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            // The name is looked up in place, without case (no string per tag).
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var svgOrMath = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            i = tagEnd + 1;
            if (closing)
            {
                if (NotNestingSpan.Contains(name)) continue;
                if (svgOrMath && foreign > 0) foreign--;
                if (depth > 0) depth--;
                continue;
            }
            if (RawTextSpan.Contains(name))
            {
                var end = html.IndexOf(string.Concat("</", name), i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
                continue;
            }
            if (NotNestingSpan.Contains(name)) continue;
            var selfClosing = html[tagEnd - 1] == '/';
            if (svgOrMath)
            {
                if (selfClosing) continue;
                foreign++;
            }
            else if (foreign > 0 && selfClosing) continue;
            if (++depth > max)
            {
                max = depth;
                if (max > limit) return max;
            }
        }
        return max;
    }
}
