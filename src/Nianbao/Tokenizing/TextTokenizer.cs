using Nianbao.Documents;

namespace Nianbao.Tokenizing;

/// <summary>
/// Turns the lines of a text rendering into blocks (docs/format.md §9.3 step 8): runs of pipe lines, tab-per-cell
/// lines, TSV lines and whitespace-column lines become tables; everything else is a line of running text.
/// Each rendering only decides how a line splits into cells; what the cells mean is left to the readers.
/// </summary>
internal static class TextTokenizer
{
    public static List<Block> Tokenize(SourceLines src)
    {
        var blocks = new List<Block>();
        var lines = src.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            var kind = Kind(src, i);
            switch (kind)
            {
                case LineKind.Blank:
                    i++;
                    break;
                case LineKind.Pipe or LineKind.MarkdownRule:
                    blocks.Add(PipeRegion.Read(src, ref i));
                    break;
                case LineKind.TabCell:
                    blocks.Add(TabRegion.Read(src, ref i));
                    break;
                case LineKind.Tsv:
                    blocks.Add(Rows(src, ref i, LineKind.Tsv, (s, l) => SplitOn(s, l, '\t'), blanksVisible: true));
                    break;
                default:
                    if (WhitespaceRow.Split(src, lines[i]) is not null)
                        blocks.Add(Rows(src, ref i, LineKind.Text, WhitespaceRow.Split, blanksVisible: false));
                    else
                        blocks.Add(new LineBlock(src.Cell(lines[i].Start + MarkdownHeadingMarker(src.Span(lines[i].Start, lines[i].End)), lines[i].End)));
                    if (blocks[^1] is LineBlock) i++;
                    break;
            }
        }
        return blocks;
    }

    /// <summary>The length of a markdown ATX heading marker ("## ") opening a line, so "## 一、总体情况" reads as its heading.</summary>
    static int MarkdownHeadingMarker(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && n < 6 && line[n] == '#') n++;
        return n > 0 && n < line.Length && line[n] == ' ' ? n + 1 : 0;
    }

    internal static LineKind Kind(SourceLines src, int i) => src.Kind(i);

    /// <summary>Consecutive lines of one kind that each split into a row.</summary>
    static TableBlock Rows(SourceLines src, ref int i, LineKind kind,
        Func<SourceLines, (int Start, int End), List<Cell>?> split, bool blanksVisible)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        while (i < src.Lines.Count && Kind(src, i) == kind && split(src, src.Lines[i]) is { } row)
        {
            rows.Add(row);
            i++;
        }
        return new TableBlock(rows, rowBreaksReliable: true, blanksVisible);
    }

    internal static List<Cell> SplitOn(SourceLines src, (int Start, int End) line, char separator)
    {
        var text = src.Text;
        var cells = new List<Cell>(text.AsSpan(line.Start, line.End - line.Start).Count(separator) + 1);
        var s = line.Start;
        for (var j = line.Start; j <= line.End; j++)
        {
            if (j < line.End && text[j] != separator) continue;
            cells.Add(src.Cell(s, j));
            s = j + 1;
        }
        return cells;
    }
}
