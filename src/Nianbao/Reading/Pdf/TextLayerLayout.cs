using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Tokenizing;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// Rebuilds the blocks of a PDF text layer from word boxes (docs/format.md §9.1 A17, §9.3 step 8 "PDF mode").
/// A table row is anchored by a line that ends in numbers; label words beside it (within ¾ of a line height) and
/// the lines stacked with them (wrapped labels, group labels) join that row, so a label wrapped above and below
/// its numbers stays one row. Consecutive rows form a table whose value columns come from the numbers' x-ranges;
/// blank cells are placed by column (or the table says blanks are not visible when placement is uncertain), and
/// label-only rows between numbered rows become rows of blanks. Everything else is a line of running text.
/// Pages are stacked into one vertical coordinate, so a table broken over a page stays one table.
/// </summary>
sealed class TextLayerLayout
{
    const double AttachDistance = 0.75;

    /// <summary>Words between two numbered rows beyond which they are running text, not the label-only rows of one
    /// table (a label-only row has a few words; a page of text between two rows is no table).</summary>
    const int MaxGapWords = 200;

    readonly List<PdfWord> words = [];
    readonly List<int> pageOf = [];
    readonly List<double> pageTop = [];
    readonly Dictionary<int, int> firstLineOfPage = [];
    readonly int[] byTop;
    readonly string[] match;
    readonly Func<string, string> normalize;
    readonly int[] lineOf;
    readonly List<List<int>> lines = [];
    readonly List<Anchor> anchors = [];
    readonly int[] owner;
    readonly bool[] isValue;

    sealed class Anchor(int line, List<int> values)
    {
        public int Line { get; } = line;
        public List<int> Values { get; } = values;
        public List<int> Labels { get; } = [];
    }

    TextLayerLayout(IReadOnlyList<PdfPage> pages, Func<string, string> normalize)
    {
        this.normalize = normalize;
        var top = 0.0;
        foreach (var page in pages)
        {
            pageTop.Add(top);
            foreach (var w in page.Words)
            {
                words.Add(w with { YMin = w.YMin + top, YMax = w.YMax + top });
                pageOf.Add(page.Number);
            }
            top += Math.Max(page.Height, page.Words.Count == 0 ? 0 : page.Words.Max(w => w.YMax)) + 1;
        }
        byTop = Enumerable.Range(0, words.Count).OrderBy(i => words[i].YMin).ToArray();
        match = words.Select(w => normalize(w.Text)).ToArray();
        lineOf = new int[words.Count];
        owner = Enumerable.Repeat(-1, words.Count).ToArray();
        isValue = new bool[words.Count];
    }

    public static List<Block> Read(IReadOnlyList<PdfPage> pages, Func<string, string> normalize)
    {
        var layout = new TextLayerLayout(pages, normalize);
        layout.GroupLines();
        layout.FindAnchors();
        layout.AttachLabels();
        return layout.Blocks();
    }

    /// <summary>Visual lines: words whose vertical centres lie within 0.3 line heights.</summary>
    void GroupLines()
    {
        foreach (var i in Enumerable.Range(0, words.Count).OrderBy(i => words[i].Cy))
        {
            if (lines.Count > 0 && Math.Abs(words[lines[^1][0]].Cy - words[i].Cy) <= 0.3 * words[lines[^1][0]].Height)
                lines[^1].Add(i);
            else lines.Add([i]);
        }
        for (var l = 0; l < lines.Count; l++)
        {
            lines[l].Sort((a, b) => words[a].XMin.CompareTo(words[b].XMin));
            foreach (var i in lines[l]) lineOf[i] = l;
            firstLineOfPage.TryAdd(pageOf[lines[l][0]], l);
        }
    }

    /// <summary>A line ending in numbers anchors a row, like a whitespace row of a text rendering: a line of
    /// numbers alone needs three of them, or a label beside it on another line (numbers centred in a tall row).</summary>
    void FindAnchors()
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var first = line.Count;
            while (first > 0 && ValueToken.IsValue(match[line[first - 1]])) first--;
            if (first == line.Count) continue;
            var values = line.GetRange(first, line.Count - first);
            if (first == 0 && values.Count < 3 && !HasLabelBeside(values)) continue;
            if (FigureInSentence(line, first)) continue;
            foreach (var v in values) { isValue[v] = true; owner[v] = anchors.Count; }
            anchors.Add(new Anchor(l, values));
        }
    }

    /// <summary>A sentence wrapped right after a number (`决定 6117 件，行政处罚决定 6416 件，行政强制决定 7891` / `件。…`)
    /// also ends in a number, but before it a number is followed by a word holding a clause stop: running text, where a
    /// row's label holds no number before its punctuation (`（二）部分公开（区分处理的，只计这一情形…）`).</summary>
    bool FigureInSentence(List<int> line, int first)
    {
        var number = false;
        for (var k = 0; k < first; k++)
        {
            var text = match[line[k]];
            if (ValueToken.IsValue(text)) number = true;
            else if (number && text.AsSpan().IndexOfAny("，,。；;、") >= 0) return true;
        }
        return false;
    }

    bool HasLabelBeside(List<int> values)
    {
        var v = words[values[0]];
        foreach (var i in Near(v, 2 * v.Height))
            if (!ValueToken.IsValue(match[i]) && Beside(words[i], v)) return true;
        return false;
    }

    /// <summary>Words whose top lies within <paramref name="dy"/> of the given word's top.</summary>
    IEnumerable<int> Near(PdfWord w, double dy)
    {
        var lo = 0;
        var hi = byTop.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[byTop[mid]].YMin < w.YMin - dy) lo = mid + 1; else hi = mid;
        }
        for (var k = lo; k < byTop.Length && words[byTop[k]].YMin <= w.YMin + dy; k++) yield return byTop[k];
    }

    static bool Beside(in PdfWord label, in PdfWord firstValue) =>
        label.XMax <= firstValue.XMin + 0.5 && Math.Abs(label.Cy - firstValue.Cy) <= AttachDistance * firstValue.Height;

    /// <summary>Labels beside a row's numbers join it; then words stacked on joined words join the same row,
    /// nearest first (wrapped lines above and below the numbers). Each word looks only at the rows and words within
    /// reach vertically (sorted arrays and binary search), so the work grows linearly with the pages.</summary>
    void AttachLabels()
    {
        // Rows by the centre of their first number; a label is beside a row only within ¾ of that number's height.
        var rows = Enumerable.Range(0, anchors.Count).OrderBy(a => words[anchors[a].Values[0]].Cy).ToArray();
        var rowCy = rows.Select(a => words[anchors[a].Values[0]].Cy).ToArray();
        var reach = anchors.Count == 0 ? 0 : AttachDistance * anchors.Max(a => words[a.Values[0]].Height);
        for (var i = 0; i < words.Count; i++)
        {
            if (isValue[i]) continue;
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var k = LowerBound(rowCy, words[i].Cy - reach); k < rows.Length && rowCy[k] <= words[i].Cy + reach; k++)
            {
                var a = rows[k];
                var v = words[anchors[a].Values[0]];
                var d = Math.Abs(words[i].Cy - v.Cy);
                if (Beside(words[i], v) && (d < bestDistance || d == bestDistance && a < best)) (best, bestDistance) = (a, d);
            }
            owner[i] = best;
        }
        Spread();
        for (var i = 0; i < words.Count; i++)
            if (owner[i] >= 0 && !isValue[i]) anchors[owner[i]].Labels.Add(i);
    }

    /// <summary>Words stacked on a row's label words join that row, the nearest first, until nothing changes: passes
    /// over the unowned words in index order, as a plain repeat-until-stable loop would make them, but a word is
    /// looked at again only when a word within its reach has just joined a row.</summary>
    void Spread()
    {
        var maxHeight = words.Count == 0 ? 0 : words.Max(w => w.Height);
        var pass = new SortedSet<int>(Enumerable.Range(0, words.Count).Where(i => owner[i] < 0));
        var next = new SortedSet<int>();
        while (pass.Count > 0)
        {
            while (pass.Count > 0)
            {
                var i = pass.Min;
                pass.Remove(i);
                if (owner[i] >= 0) continue;
                var best = -1;
                var bestPitch = double.MaxValue;
                foreach (var j in Near(words[i], WordCells.StackPitch * words[i].Height))
                {
                    if (owner[j] < 0 || isValue[j] || !WordCells.Stacked(words[i], words[j])) continue;
                    var pitch = Math.Abs(words[i].YMin - words[j].YMin);
                    if (pitch < bestPitch) (best, bestPitch) = (owner[j], pitch);
                }
                if (best < 0) continue;
                owner[i] = best;
                // Words that may reach this one: later ones are looked at in this pass, earlier ones in the next.
                foreach (var k in Near(words[i], WordCells.StackPitch * maxHeight))
                    if (owner[k] < 0 && Math.Abs(words[k].YMin - words[i].YMin) <= WordCells.StackPitch * words[k].Height)
                        (k > i ? pass : next).Add(k);
            }
            (pass, next) = (next, pass);
        }
    }

    static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The blocks in reading order: tables of consecutive rows, lines of the remaining words.</summary>
    List<Block> Blocks()
    {
        var items = new List<(double Y, Block Block)>();
        // Anchors come in line order; rows of one table sit on one page or run on over a page break.
        var consumed = new bool[words.Count];
        var unowned = Enumerable.Range(0, words.Count).Where(i => owner[i] < 0).OrderBy(i => words[i].Cy).ToArray();
        var unownedCy = unowned.Select(i => words[i].Cy).ToArray();
        var a = 0;
        while (a < anchors.Count)
        {
            var region = new List<int> { a };
            var between = new List<List<int>>();
            var left = anchors[a].Values.Min(v => words[v].XMin);
            while (a + 1 < anchors.Count)
            {
                var gap = Unowned(anchors[a], anchors[a + 1], unowned, unownedCy);
                // The value columns' left edge is the least left edge of the region's numbers.
                var nextLeft = Math.Min(left, anchors[a + 1].Values.Min(v => words[v].XMin));
                if (gap.Count > MaxGapWords || gap.Any(i => words[i].XMax > nextLeft + 0.5)) break;
                left = nextLeft;
                between.Add(gap);
                region.Add(++a);
            }
            a++;
            items.Add((Top(anchors[region[0]]), Table(region, between, consumed)));
        }
        var running = lines.Select(line => line.Where(i => owner[i] < 0 && !consumed[i]).ToList()).Where(r => r.Count > 0).ToList();
        var tableTops = items.Select(x => x.Y).Order().ToArray();
        var margins = running.Count == 0 ? (0, 0) : (running.Min(r => words[r[0]].XMin), running.Max(r => words[r[^1]].XMax));
        for (var k = 0; k < running.Count; k++)
        {
            var first = running[k];
            var raw = string.Join(" ", first.Select(i => words[i].Text));
            while (k + 1 < running.Count && Continues(running[k], running[k + 1], margins, tableTops))
            {
                var next = string.Join(" ", running[++k].Select(i => words[i].Text));
                raw += (raw[^1] > '\u2E7F' && next[0] > '\u2E7F' ? "" : " ") + next;
            }
            items.Add((words[first[0]].Cy, new LineBlock(new Cell(raw, normalize(raw), Source(first[0])))));
        }
        return items.OrderBy(x => x.Y).Select(x => x.Block).ToList();
    }

    /// <summary>Whether running-text line <paramref name="b"/> continues the paragraph of line <paramref name="a"/>,
    /// wrapped at the text's right margin: <paramref name="a"/> reaches that margin and does not end a sentence, and
    /// <paramref name="b"/> follows at line pitch on the same page or opens the next, at the left margin (a paragraph's first line is
    /// indented), and does not open a numbered heading (一、 （一） 1.). A statistics period or a figure wrapped by
    /// the page is then one line, as in every other rendering (docs/ocr.md).</summary>
    bool Continues(List<int> a, List<int> b, (double Left, double Right) margins, double[] tableTops)
    {
        var (wa, wb, last) = (words[a[0]], words[b[0]], words[a[^1]]);
        var h = wa.Height;
        if (Math.Abs(wb.Height - h) > 0.2 * h) return false;
        // On one page at line pitch, or the first line of the next page.
        if (pageOf[a[0]] == pageOf[b[0]] ? wb.YMin - wa.YMin is var pitch && (pitch < 0.5 * h || pitch > 2 * h) : pageOf[b[0]] != pageOf[a[0]] + 1) return false;
        if (last.XMax < margins.Right - 1.5 * h || wb.XMin > margins.Left + 0.5 * h) return false;
        if ("。；！？：;!?:".Contains(last.Text[^1]) || wb.Text[0] is '（' or '(' || wb.Text.Length > 1 && wb.Text[1] is '、' or '.' or '．') return false;
        var t = LowerBound(tableTops, wa.Cy);
        return t >= tableTops.Length || tableTops[t] > wb.Cy;
    }

    double Top(Anchor anchor) => anchor.Labels.Append(anchor.Values[0]).Min(i => words[i].YMin);

    /// <summary>Words owned by no row whose centres lie between two rows' numbers, in index order.</summary>
    List<int> Unowned(Anchor upper, Anchor lower, int[] unowned, double[] unownedCy)
    {
        var (top, bottom) = (words[upper.Values[0]].Cy, words[lower.Values[0]].Cy);
        var gap = new List<int>();
        for (var k = LowerBound(unownedCy, top); k < unowned.Length && unownedCy[k] < bottom; k++)
            if (unownedCy[k] > top) gap.Add(unowned[k]);
        gap.Sort();
        return gap;
    }

    TableBlock Table(List<int> region, List<List<int>> between, bool[] consumed)
    {
        var columns = new ValueColumns(region.SelectMany(r => anchors[r].Values).Select(v => words[v]));
        var placements = region.Select(r => columns.Place(anchors[r].Values.Select(v => words[v]).ToList())).ToList();
        var certain = placements.All(p => p is not null);
        var rows = new List<IReadOnlyList<Cell>>();
        for (var k = 0; k < region.Count; k++)
        {
            var anchor = anchors[region[k]];
            var row = LabelCells(anchor.Labels);
            if (certain)
            {
                var cells = new Cell?[columns.Count];
                for (var v = 0; v < anchor.Values.Count; v++) cells[placements[k]![v]] = ValueCell(anchor.Values[v]);
                for (var c = 0; c < cells.Length; c++) row.Add(cells[c] ?? Blank(columns, c, anchor.Line));
            }
            else row.AddRange(anchor.Values.Select(ValueCell));
            rows.Add(row);
            if (k < between.Count && between[k].Count > 0)
            {
                rows.AddRange(BlankRows(between[k], columns, certain));
                foreach (var i in between[k]) consumed[i] = true;
            }
        }
        return new TableBlock(rows, rowBreaksReliable: true, blanksVisible: certain);
    }

    /// <summary>Label-only rows between numbered rows: a label cell with nothing to its right is a row's own label,
    /// a cell with one to its right a group label joining the first row it reaches (docs/format.md §2.4 layout).</summary>
    IEnumerable<List<Cell>> BlankRows(List<int> gap, ValueColumns columns, bool certain)
    {
        var cells = WordCells.Group(words, gap);
        (double Top, double Bottom) Span(List<int> c) => (c.Min(i => words[i].YMin), c.Max(i => words[i].YMax));
        bool Overlap(List<int> x, List<int> y) => Span(x).Top < Span(y).Bottom && Span(y).Top < Span(x).Bottom;
        double Left(List<int> c) => c.Min(i => words[i].XMin);
        var leaves = cells.Where(c => !cells.Any(o => o != c && Left(o) > Left(c) && Overlap(o, c))).OrderBy(c => Span(c).Top).ToList();
        var groups = cells.Except(leaves).ToList();
        var used = new HashSet<List<int>>();
        foreach (var leaf in leaves)
        {
            var row = new List<Cell>();
            foreach (var g in groups.Where(g => !used.Contains(g) && Overlap(g, leaf)).OrderBy(Left))
            {
                used.Add(g);
                row.Add(Cell(g));
            }
            row.Add(Cell(leaf));
            if (certain)
                for (var c = 0; c < columns.Count; c++) row.Add(Blank(columns, c, lineOf[leaf[0]]));
            yield return row;
        }
    }

    List<Cell> LabelCells(List<int> labels) => WordCells.Group(words, labels).Select(Cell).ToList();

    Cell Cell(List<int> members)
    {
        var raw = WordCells.Text(words, members);
        return new Cell(raw, normalize(raw), Source(members[0])) { Uncertain = members.Any(m => words[m].Clipped) };
    }

    Cell ValueCell(int i) => new(words[i].Text, match[i], Source(i)) { Uncertain = words[i].Clipped };

    Cell Blank(ValueColumns columns, int column, int line) =>
        new("", "", new Provenance("pdf") { Page = PageOfLine(line), Line = PageLine(line), X = Math.Round(columns.Center(column), 1) });

    int PageOfLine(int line) => pageOf[lines[line][0]];

    /// <summary>1-based line number within the line's page.</summary>
    int PageLine(int line) => line - firstLineOfPage[PageOfLine(line)] + 1;

    Provenance Source(int i) => new("pdf")
    {
        Page = pageOf[i], Line = PageLine(lineOf[i]), X = Math.Round(words[i].XMin, 1), Y = Math.Round(words[i].YMin - pageTop[pageOf[i] - 1], 1),
    };
}
