using Nianbao.Documents;

namespace Nianbao.Tokenizing;

/// <summary>
/// Tab-per-cell renderings (docs/format.md §9.1 A3, Apache Tika's DOCX text): each cell on a line starting with a tab,
/// a blank line between rows, a bare tab for an empty cell. A line without a tab right after a label cell
/// continues that label (wrapped labels, A10).
/// </summary>
static class TabRegion
{
    public static TableBlock Read(SourceLines src, ref int i)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        var row = new List<Cell>();
        var wrapped = new List<Cell>();
        void Flush()
        {
            if (wrapped.Count > 0) { row[^1] = src.Join([row[^1], .. wrapped]); wrapped.Clear(); }
        }
        while (i < src.Lines.Count)
        {
            var line = src.Lines[i];
            var kind = TextTokenizer.Kind(src, i);
            if (kind == LineKind.TabCell)
            {
                Flush();
                row.AddRange(TextTokenizer.SplitOn(src, (line.Start + 1, line.End), '\t'));
            }
            else if (kind == LineKind.Blank)
            {
                if (i + 1 < src.Lines.Count && TextTokenizer.Kind(src, i + 1) is not (LineKind.TabCell or LineKind.Blank)) break;
                Flush();
                if (row.Count > 0) { rows.Add(row); row = []; }
            }
            else if (row.Count > 0 && !row[^1].IsEmpty && !ValueToken.IsValue(row[^1].Text) && line.End - line.Start <= 30)
                wrapped.Add(src.Cell(line.Start, line.End));
            else break;
            i++;
        }
        Flush();
        if (row.Count > 0) rows.Add(row);
        return new TableBlock(rows);
    }
}
