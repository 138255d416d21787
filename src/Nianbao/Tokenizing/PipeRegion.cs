using Nianbao.Documents;

namespace Nianbao.Tokenizing;

/// <summary>
/// Pipe renderings (format.md §9.1 A1, A2 and markdown): one row per line with cells split on '|', or one cell
/// per line ending in " |" with bare "|||" lines for merged cells. A trailing '|' closes the last cell; in
/// markdown a leading '|' opens the first. When most lines hold a single cell the row ends are not reliable.
/// </summary>
static class PipeRegion
{
    public static TableBlock Read(SourceLines src, ref int i)
    {
        var start = i;
        var markdown = false;
        while (i < src.Lines.Count && TextTokenizer.Kind(src, i) is LineKind.Pipe or LineKind.MarkdownRule)
        {
            markdown |= TextTokenizer.Kind(src, i) == LineKind.MarkdownRule;
            i++;
        }
        var rows = new List<IReadOnlyList<Cell>>();
        for (var j = start; j < i; j++)
            if (TextTokenizer.Kind(src, j) == LineKind.Pipe) rows.Add(Split(src, src.Lines[j], markdown));

        var multiCell = rows.Count(r => r.Count(c => !c.IsEmpty) >= 2);
        var cellPerLine = !markdown && rows.Count >= 4 && multiCell * 5 < rows.Count;
        // One-cell-per-line copies drop the pipe after a table's very last cell: take that value line too.
        if (cellPerLine && i < src.Lines.Count && TextTokenizer.Kind(src, i) == LineKind.Text
            && ValueToken.IsValue(src.Span(src.Lines[i].Start, src.Lines[i].End)))
        {
            rows.Add([src.Cell(src.Lines[i].Start, src.Lines[i].End)]);
            i++;
        }
        return new TableBlock(rows, rowBreaksReliable: !cellPerLine);
    }

    static List<Cell> Split(SourceLines src, (int Start, int End) line, bool markdown)
    {
        var cells = TextTokenizer.SplitOn(src, line, '|');
        var trimmed = src.Span(line.Start, line.End).Trim();
        if (trimmed.EndsWith("|") && cells.Count > 0) cells.RemoveAt(cells.Count - 1);
        if (markdown && trimmed.StartsWith("|") && cells.Count > 0) cells.RemoveAt(0);
        return cells;
    }
}
