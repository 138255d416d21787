namespace Nianbao.Tokenizing;

/// <summary>The rendering a single text line belongs to (docs/format.md §9.1 A1–A3, markdown, TSV, whitespace columns).</summary>
internal enum LineKind { Blank, Text, Pipe, MarkdownRule, TabCell, Tsv }

internal static class LineClassifier
{
    public static LineKind Classify(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace()) return line.Contains('\t') && line.Length > 0 && line[0] == '\t' ? LineKind.TabCell : LineKind.Blank;
        if (line[0] == '\t') return LineKind.TabCell;
        if (line.Contains('|')) return IsMarkdownRule(line) ? LineKind.MarkdownRule : LineKind.Pipe;
        if (line.TrimEnd().Contains('\t')) return LineKind.Tsv;
        return LineKind.Text;
    }

    /// <summary>A markdown table rule such as |---|:---:|.</summary>
    static bool IsMarkdownRule(ReadOnlySpan<char> line)
    {
        var dashes = 0;
        foreach (var c in line)
        {
            if (c == '-') dashes++;
            else if (c is not ('|' or ':' or ' ' or '\t')) return false;
        }
        return dashes >= 3;
    }
}
