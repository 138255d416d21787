using Nianbao.Documents;

namespace Nianbao.Tokenizing;

/// <summary>
/// Whitespace columns (PDF text layers, copied text; docs/format.md §9.1 A17): a line that ends in whitespace-separated
/// numbers is a row of one label cell plus one cell per number. Blank cells vanish in this rendering, so the
/// table it builds says so and readers accept a row only with exactly the expected number of values.
/// </summary>
static class WhitespaceRow
{
    public static List<Cell>? Split(SourceLines src, (int Start, int End) line)
    {
        var text = src.Text;
        var tokens = new List<(int Start, int End)>();
        var j = line.Start;
        while (j < line.End)
        {
            while (j < line.End && char.IsWhiteSpace(text[j])) j++;
            var s = j;
            while (j < line.End && !char.IsWhiteSpace(text[j])) j++;
            if (j > s) tokens.Add((s, j));
        }
        // A unit split from its amount (`5000 元`: pdftotext breaks a word where the font changes from digits to CJK)
        // is one cell with it, as the PDF reader joins them (docs/format.md §5.0).
        if (tokens.Count >= 3 && ValueToken.AmountUnits.Contains(src.Span(tokens[^1].Start, tokens[^1].End).ToString())
            && IsValueToken(src.Span(tokens[^2].Start, tokens[^2].End)))
        {
            tokens[^2] = (tokens[^2].Start, tokens[^1].End);
            tokens.RemoveAt(tokens.Count - 1);
        }
        var firstValue = tokens.Count;
        // An amount printed with its unit (9000元: 2019 table 二's 采购总金额) ends a row when a number precedes it;
        // otherwise the row was taken for text and its numbers for a label (docs/accuracy.md).
        if (tokens.Count >= 3 && IsAmount(src.Span(tokens[^1].Start, tokens[^1].End)) && IsValueToken(src.Span(tokens[^2].Start, tokens[^2].End))) firstValue--;
        while (firstValue > 0 && IsValueToken(src.Span(tokens[firstValue - 1].Start, tokens[firstValue - 1].End))) firstValue--;
        var values = tokens.Count - firstValue;
        if (values == 0 || (firstValue == 0 && values < 3) || (firstValue > 0 && LabelLength(src, tokens, firstValue) > 80)) return null;
        var cells = new List<Cell>();
        if (firstValue > 0) cells.Add(src.Cell(tokens[0].Start, tokens[firstValue - 1].End));
        for (var k = firstValue; k < tokens.Count; k++) cells.Add(src.Cell(tokens[k].Start, tokens[k].End));
        return cells;
    }

    static bool IsValueToken(ReadOnlySpan<char> t) =>
        t is "—" or "-" or "/" or "－" || (ValueToken.IsNumber(t) && char.IsAsciiDigit(t[^1]) || t[^1] is '?' && ValueToken.IsNumber(t));

    static bool IsAmount(ReadOnlySpan<char> t) => char.IsAsciiDigit(t[0]) && !char.IsAsciiDigit(t[^1]) && ValueToken.IsNumber(t);

    /// <summary>The label's characters, the spaces between its words not counted (pandoc's plain tables pad a group
    /// label and its row label apart with dozens of spaces).</summary>
    static int LabelLength(SourceLines src, List<(int Start, int End)> tokens, int count)
    {
        var n = 0;
        for (var k = 0; k < count; k++) n += tokens[k].End - tokens[k].Start;
        return n;
    }
}
