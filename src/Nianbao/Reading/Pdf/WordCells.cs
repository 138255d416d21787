namespace Nianbao.Reading.Pdf;

/// <summary>
/// Groups words into table cells: words stacked at line pitch with overlapping x-ranges are the wrapped lines of
/// one cell (docs/format.md §9.1 A10), words close together on one line are one cell's text.
/// </summary>
static class WordCells
{
    /// <summary>Line pitch (top to top, in word heights) up to which stacked words of one size belong to one cell. Rows of a
    /// table are further apart than the lines of one cell, by the cell padding and rule.</summary>
    public const double StackPitch = 1.25;

    /// <summary>Horizontal gap (in word heights) up to which words on one line belong to one cell: about a space,
    /// less than the padding between two cells.</summary>
    const double SpaceGap = 0.3;

    public static bool Stacked(in PdfWord a, in PdfWord b)
    {
        var h = Math.Min(a.Height, b.Height);
        return a.OverlapsX(b) && Math.Abs(a.Height - b.Height) <= 0.2 * h
            && Math.Abs(a.YMin - b.YMin) <= StackPitch * h && Math.Abs(a.Cy - b.Cy) > 0.3 * h;
    }

    static bool SameLineNeighbours(in PdfWord a, in PdfWord b) =>
        Math.Abs(a.Cy - b.Cy) <= 0.3 * a.Height
        && Math.Max(a.XMin, b.XMin) - Math.Min(a.XMax, b.XMax) <= SpaceGap * Math.Max(a.Height, b.Height);

    /// <summary>The given words (indices into <paramref name="words"/>) as cells, each ordered top to bottom
    /// then left to right; cells ordered left to right.</summary>
    public static List<List<int>> Group(IReadOnlyList<PdfWord> words, IEnumerable<int> members)
    {
        var list = members.ToList();
        var parent = list.ToDictionary(i => i, i => i);
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        // Both relations need the tops within 1.25 of the taller word's height: compare only words that close,
        // in order of their tops, so a long list costs about its length, not its square.
        var byTop = Enumerable.Range(0, list.Count).OrderBy(k => words[list[k]].YMin).ToArray();
        var reach = list.Count == 0 ? 0 : StackPitch * list.Max(i => words[i].Height);
        for (var a = 0; a < byTop.Length; a++)
            for (var b = a + 1; b < byTop.Length && words[list[byTop[b]]].YMin - words[list[byTop[a]]].YMin <= reach; b++)
            {
                // In list order, as the relation on one line is measured by the first word's height.
                var (x, y) = byTop[a] < byTop[b] ? (list[byTop[a]], list[byTop[b]]) : (list[byTop[b]], list[byTop[a]]);
                if (Stacked(words[x], words[y]) || SameLineNeighbours(words[x], words[y])) parent[Root(x)] = Root(y);
            }
        return list.GroupBy(Root)
            .Select(g => g.OrderBy(i => words[i].Cy).ThenBy(i => words[i].XMin).ToList())
            .OrderBy(g => g.Min(i => words[i].XMin))
            .ToList();
    }

    /// <summary>A cell's text: words on one line joined by a space, lines by a line break.</summary>
    public static string Text(IReadOnlyList<PdfWord> words, List<int> cell)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = 0; k < cell.Count; k++)
        {
            if (k > 0) sb.Append(Math.Abs(words[cell[k]].Cy - words[cell[k - 1]].Cy) <= 0.3 * words[cell[k]].Height ? ' ' : '\n');
            sb.Append(words[cell[k]].Text);
        }
        return sb.ToString();
    }
}
