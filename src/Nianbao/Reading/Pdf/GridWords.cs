using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading.Pdf.Scan;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// A text-layer PDF whose tables are ruled: each word inside a ruled table goes to the grid cell holding its centre,
/// so a label wrapped over three lines, a row taller than its numbers and a blank cell are all where the rules put
/// them; the words outside the tables are read as before (<see cref="TextLayerLayout"/>, which still rebuilds any
/// unruled table from positions). Pages are then put in reading order, a table continued over a page break joined
/// and its repeated header rows left out (<see cref="RuledTables"/>).
/// </summary>
static class GridWords
{
    public static List<Block> Read(IReadOnlyList<PdfPage> pages, IReadOnlyList<List<GridTable>> grids, Func<string, string> normalize)
    {
        var rest = new List<PdfPage>();
        var tables = new List<List<(double Y, Block Block)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var lineOf = Lines(page.Words);
            var inCell = new Dictionary<(int Table, GridCell Cell), List<int>>();
            var outside = new List<PdfWord>();
            for (var i = 0; i < page.Words.Count; i++)
            {
                var w = page.Words[i];
                if (Locate(grids[p], (w.XMin + w.XMax) / 2 / RuledPages.Scale, w.Cy / RuledPages.Scale) is { } at)
                {
                    if (!inCell.TryGetValue(at, out var list)) inCell[at] = list = [];
                    list.Add(i);
                }
                else outside.Add(w);
            }
            rest.Add(page with { Words = outside });
            tables.Add(grids[p].Select((g, t) => ((double)g.Y0 * RuledPages.Scale, (Block)RuledTables.Build(g, c =>
                inCell.TryGetValue((t, c), out var members) ? Text(page, members, lineOf, normalize) : Blank(page, c, lineOf)))).ToList());
        }
        var others = TextLayerLayout.Read(rest, normalize).Select(b => (Key: KeyOf(b), Block: b)).ToList();
        return RuledTables.InReadingOrder(Enumerable.Range(0, pages.Count).Select(p =>
            tables[p].Concat(others.Where(o => o.Key.Page == p + 1).Select(o => (o.Key.Y, o.Block))).ToList()));
    }

    /// <summary>The table and cell whose rules enclose a point (pixels at <see cref="RuledPages.Dpi"/>).</summary>
    static (int, GridCell)? Locate(List<GridTable> tables, double x, double y)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var g = tables[t];
            if (x < g.X0 || x > g.X1 || y < g.Y0 || y > g.Y1) continue;
            // Cells stand inside their rules by a few pixels: the nearest cell holds the point.
            return (t, g.Cells.MinBy(c => Distance(c, x, y))!);
        }
        return null;
    }

    static double Distance(GridCell c, double x, double y) =>
        Math.Max(0, Math.Max(c.X0 - x, x - c.X1)) + Math.Max(0, Math.Max(c.Y0 - y, y - c.Y1));

    /// <summary>The visual line (1-based within its page) of each word: words whose centres lie within 0.3 line heights.</summary>
    static int[] Lines(IReadOnlyList<PdfWord> words)
    {
        var line = new int[words.Count];
        var n = 0;
        double? last = null;
        foreach (var i in Enumerable.Range(0, words.Count).OrderBy(i => words[i].Cy))
        {
            if (last is null || Math.Abs(words[i].Cy - last.Value) > 0.3 * words[i].Height) { n++; last = words[i].Cy; }
            line[i] = n;
        }
        return line;
    }

    static Cell Text(PdfPage page, List<int> members, int[] lineOf, Func<string, string> normalize)
    {
        var ordered = members.OrderBy(i => lineOf[i]).ThenBy(i => page.Words[i].XMin).ToList();
        var sb = new System.Text.StringBuilder();
        for (var k = 0; k < ordered.Count; k++)
        {
            if (k > 0) sb.Append(lineOf[ordered[k]] == lineOf[ordered[k - 1]] ? ' ' : '\n');
            sb.Append(page.Words[ordered[k]].Text);
        }
        var raw = sb.ToString();
        var first = page.Words[ordered[0]];
        return new Cell(raw, normalize(raw), new Provenance("pdf") { Page = page.Number, Line = lineOf[ordered[0]], X = Math.Round(first.XMin, 1), Y = Math.Round(first.YMin, 1) })
        { Uncertain = ordered.Any(i => page.Words[i].Clipped) };
    }

    static Cell Blank(PdfPage page, GridCell c, int[] lineOf) =>
        new("", "", new Provenance("pdf") { Page = page.Number, X = Math.Round(c.X0 * RuledPages.Scale, 1), Y = Math.Round(c.Y0 * RuledPages.Scale, 1) });

    /// <summary>Page and top of a block the position layout made: its line's or first placed cell's.</summary>
    static (int Page, double Y) KeyOf(Block block)
    {
        var source = block switch
        {
            LineBlock l => l.Line.Source,
            TableBlock t => t.Rows.SelectMany(r => r).Select(c => c.Source).FirstOrDefault(s => s.Y is not null) ?? t.Rows[0][0].Source,
            _ => null,
        };
        return (source?.Page ?? 1, source?.Y ?? 0);
    }
}
