namespace Nianbao.Reading.Pdf.Scan;

/// <summary>One cell of a ruled table found on a page image: its place in the grid (spans of merged cells) and the
/// rectangle inside its rules, in pixels (X1, Y1 exclusive).</summary>
sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, int X0, int Y0, int X1, int Y1);

/// <summary>A ruled table on a page image: its outer rectangle, grid size and cells (each merged cell once).</summary>
sealed record GridTable(int X0, int Y0, int X1, int Y1, int Rows, int Columns, IReadOnlyList<GridCell> Cells);

/// <summary>
/// Finds the tables of a scanned page from their ruling lines (docs/ocr.md): long thin dark runs are rules, vertical
/// rules whose ends meet horizontal ones make a table, the distinct rule positions its grid, and where no rule segment
/// covers the way between two neighbouring positions they are one merged cell. Reading each cell on its own is what makes OCR
/// of a table reliable; whole-page OCR mixes the rules into the digits.
/// </summary>
static class RulingGrid
{
    readonly record struct Segment(double Pos, int From, int To, int Thick);

    public static List<GridTable> Find(GrayImage image, int dpi)
    {
        var tol = Math.Max(3, dpi / 40);
        var maxThick = Math.Max(4, dpi / 25);
        var gap = Math.Max(2, dpi / 30);
        var horizontal = Segments(image, true, dpi / 3, maxThick, gap);
        var vertical = Segments(image, false, dpi / 10, maxThick, gap);
        bool Touch(Segment h, Segment v) =>
            v.Pos >= h.From - tol && v.Pos <= h.To + tol && h.Pos >= v.From - tol && h.Pos <= v.To + tol;
        // A vertical rule meets at least two horizontal rules; a character's stroke meets none. (Its ends need not: a
        // table broken over a page may be printed without a rule at the break.)
        var rules = vertical.Where(v => horizontal.Count(h => Touch(h, v)) >= 2).ToList();
        var hs = horizontal.Where(h => rules.Any(v => Touch(h, v))).ToList();

        // Tables: rules connected through their crossings.
        var parent = Enumerable.Range(0, hs.Count + rules.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (var i = 0; i < hs.Count; i++)
            for (var j = 0; j < rules.Count; j++)
                if (Touch(hs[i], rules[j])) parent[Root(i)] = Root(hs.Count + j);
        var tables = new List<GridTable>();
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(Root))
        {
            var h = group.Where(i => i < hs.Count).Select(i => hs[i]).ToList();
            var v = group.Where(i => i >= hs.Count).Select(i => rules[i - hs.Count]).ToList();
            if (h.Count < 2 || v.Count < 2) continue;
            // Rules running on past the first or last horizontal rule: the table's edge at a page break, unruled.
            var (left, right) = (v.Min(s => (int)s.Pos), v.Max(s => (int)s.Pos));
            if (v.Min(s => s.From) < h.Min(s => s.Pos) - 2 * tol) h.Add(new Segment(v.Min(s => s.From), left, right, 1));
            if (v.Max(s => s.To) > h.Max(s => s.Pos) + 2 * tol) h.Add(new Segment(v.Max(s => s.To), left, right, 1));
            var ys = Cluster(h.Select(s => s.Pos), tol);
            var xs = Cluster(v.Select(s => s.Pos), tol);
            if (ys.Count < 2 || xs.Count < 2) continue;
            // A table is at least an inch wide and a fifth of an inch high: strokes of a line of text, joined across the
            // gaps between characters as a broken rule is, can make a grid the size of a word.
            if (xs[^1] - xs[0] < dpi || ys[^1] - ys[0] < dpi / 5) continue;
            tables.Add(Grid(xs, ys, h, v, tol, Math.Max(2, dpi / 100)));
        }
        return tables.OrderBy(t => t.Y0).ToList();
    }

    static GridTable Grid(List<int> xs, List<int> ys, List<Segment> horizontal, List<Segment> vertical, int tol, int halfWidth)
    {
        // A rule runs between two grid positions where one of the table's rule segments covers the whole way: text
        // that crosses a grid position inside a merged cell is not a rule, however much ink it has there.
        bool Ruled(List<Segment> rules, int pos, int from, int to) =>
            rules.Any(r => Math.Abs(r.Pos - pos) <= tol && r.From <= from + tol && r.To >= to - tol);
        int rows = ys.Count - 1, cols = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
            {
                if (c + 1 < cols && !Ruled(vertical, xs[c + 1], ys[r], ys[r + 1])) parent[Root(r * cols + c)] = Root(r * cols + c + 1);
                if (r + 1 < rows && !Ruled(horizontal, ys[r + 1], xs[c], xs[c + 1])) parent[Root(r * cols + c)] = Root((r + 1) * cols + c);
            }
        var inset = halfWidth + 3;
        var cells = Enumerable.Range(0, rows * cols).GroupBy(Root).Select(g =>
        {
            int r0 = g.Min(i => i / cols), r1 = g.Max(i => i / cols), c0 = g.Min(i => i % cols), c1 = g.Max(i => i % cols);
            return new GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0] + inset, ys[r0] + inset, xs[c1 + 1] - inset, ys[r1 + 1] - inset);
        }).OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        return new GridTable(xs[0], ys[0], xs[^1], ys[^1], rows, cols, cells);
    }

    static List<int> Cluster(IEnumerable<double> positions, int tol)
    {
        var result = new List<List<double>>();
        foreach (var p in positions.OrderBy(p => p))
            if (result.Count > 0 && p - result[^1][^1] <= tol) result[^1].Add(p);
            else result.Add([p]);
        return result.Select(g => (int)Math.Round(g.Average())).ToList();
    }

    /// <summary>A rule's pixels are darker than this: a faint rule (grey, thin, lightened further by the scan) is
    /// still a rule; the paper around it is white (a grey background is evened out first, <see cref="PageCleanup"/>).</summary>
    const byte RuleInk = 200;

    /// <summary>Runs of ink at least <paramref name="minLength"/> long along one direction, joined across neighbouring
    /// lines of pixels into segments no thicker than <paramref name="maxThick"/>. A run goes on across a gap of at
    /// most <paramref name="gap"/> pixels where the ink on both sides is at least a piece of a rule (<paramref name="gap"/>
    /// long itself): a broken rule (a worn scanner, a faint print) is one rule.</summary>
    static List<Segment> Segments(GrayImage image, bool horizontal, int minLength, int maxThick, int gap)
    {
        int lines = horizontal ? image.Height : image.Width, along = horizontal ? image.Width : image.Height;
        var done = new List<Segment>();
        var open = new List<(int First, int Last, int From, int To)>();
        for (var l = 0; l < lines; l++)
        {
            var next = new List<(int First, int Last, int From, int To)>();
            var a = 0;
            bool Dark(int at) => (horizontal ? image.Pixels[l * image.Width + at] : image.Pixels[at * image.Width + l]) < RuleInk;
            while (a < along)
            {
                if (!Dark(a)) { a++; continue; }
                var start = a;
                while (a < along && Dark(a)) a++;
                // Across a short gap to the next piece, when both are pieces of a rule.
                while (a - start >= gap && a < along)
                {
                    var resume = a;
                    while (resume < along && resume - a <= gap && !Dark(resume)) resume++;
                    if (resume >= along || resume - a > gap) break;
                    var end = resume;
                    while (end < along && Dark(end)) end++;
                    if (end - resume < gap) break;
                    a = end;
                }
                if (a - start < minLength) continue;
                var k = open.FindIndex(o => o.Last == l - 1 && o.From < a && start < o.To);
                if (k >= 0)
                {
                    var o = open[k];
                    open.RemoveAt(k);
                    next.Add((o.First, l, Math.Min(o.From, start), Math.Max(o.To, a)));
                }
                else next.Add((l, l, start, a));
            }
            foreach (var o in open)
                if (o.Last - o.First + 1 <= maxThick) done.Add(new Segment((o.First + o.Last) / 2.0, o.From, o.To - 1, o.Last - o.First + 1));
            open = next;
        }
        foreach (var o in open)
            if (o.Last - o.First + 1 <= maxThick) done.Add(new Segment((o.First + o.Last) / 2.0, o.From, o.To - 1, o.Last - o.First + 1));
        return done;
    }
}
