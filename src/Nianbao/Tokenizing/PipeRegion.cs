using Nianbao.Documents;

namespace Nianbao.Tokenizing;

/// <summary>
/// Pipe renderings (docs/format.md §9.1 A1, A2 and markdown): one row per line with cells split on '|', or one cell
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
        // Rows written "| a | b |" open with a pipe; rows written "a | b |" do too when their first cell is blank.
        // Which one a region uses shows in its lines with content: most of them open with a pipe, or few do.
        int opening = 0, withContent = 0;
        for (var j = start; j < i; j++)
        {
            var t = src.Span(src.Lines[j].Start, src.Lines[j].End).Trim();
            if (t.IndexOfAnyExcept("| \t") < 0) continue;
            withContent++;
            if (t.StartsWith("|")) opening++;
        }
        var leadingPipe = markdown || opening * 2 > withContent;
        var rows = new List<IReadOnlyList<Cell>>();
        for (var j = start; j < i; j++)
            if (TextTokenizer.Kind(src, j) == LineKind.Pipe) rows.Add(Split(src, src.Lines[j], leadingPipe));

        var multiCell = rows.Count(r => r.Count(c => !c.IsEmpty) >= 2);
        var cellPerLine = !markdown && rows.Count >= 4 && multiCell * 5 < rows.Count;
        // One-cell-per-line copies drop the pipe after a table's very last cell: take that value line too.
        if (cellPerLine && i < src.Lines.Count && TextTokenizer.Kind(src, i) == LineKind.Text
            && ValueToken.IsValue(src.Span(src.Lines[i].Start, src.Lines[i].End)))
        {
            rows.Add([src.Cell(src.Lines[i].Start, src.Lines[i].End)]);
            i++;
        }
        if (markdown) MarkMergedLabelCells(rows);
        return new TableBlock(rows, rowBreaksReliable: !cellPerLine);
    }

    /// <summary>
    /// A markdown grid keeps a merged cell's covered positions as empty cells. In the label columns (those left of
    /// the first column holding a number) an empty cell is such a position, not a blank value: mark it a span copy.
    /// </summary>
    static void MarkMergedLabelCells(List<IReadOnlyList<Cell>> rows)
    {
        var firstValueColumn = int.MaxValue;
        foreach (var row in rows)
            for (var c = 0; c < row.Count && c < firstValueColumn; c++)
                if (ValueToken.IsNumber(row[c].Text)) firstValueColumn = c;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var limit = Math.Min(firstValueColumn, row.Count);
            List<Cell>? marked = null;
            for (var c = 0; c < limit; c++)
                if (row[c].IsEmpty) (marked ??= [.. row])[c] = new Cell(row[c].Raw, row[c].Text, row[c].Source, spanCopy: true);
            if (marked is not null) rows[r] = marked;
        }
    }

    static List<Cell> Split(SourceLines src, (int Start, int End) line, bool leadingPipe)
    {
        var cells = TextTokenizer.SplitOn(src, line, '|');
        var trimmed = src.Span(line.Start, line.End).Trim();
        if (trimmed.EndsWith("|") && cells.Count > 0) cells.RemoveAt(cells.Count - 1);
        // A leading '|' opens the first cell (markdown, and "| a | b |" rows without a rule line). A line of bare
        // pipes is a run of empty cells (one cell per line, A2) and keeps every one.
        if (leadingPipe && trimmed.StartsWith("|") && cells.Count > 0 && cells[0].IsEmpty && cells.Exists(c => !c.IsEmpty))
            cells.RemoveAt(0);
        return cells;
    }
}
