using System.Text.RegularExpressions;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Reading.Pdf.Scan;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// Ruled tables of a PDF page (found from their rules by <see cref="RulingGrid"/>) as table blocks, and the blocks of
/// all pages in reading order with a table continued over a page break joined into one (docs/ocr.md §2,
/// docs/format.md §9.1 A17). Shared by the text-layer reader (cells filled with the text layer's words) and the OCR
/// reader (cells filled by Tesseract).
/// </summary>
static partial class RuledTables
{
    /// <summary>A table block of the grid: a merged cell in every position it covers, later positions as span copies
    /// (the shape the Word reader gives).</summary>
    public static TableBlock Build(GridTable table, Func<GridCell, Cell> cell)
    {
        var at = new GridCell[table.Rows, table.Columns];
        foreach (var c in table.Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Column; k < c.Column + c.ColumnSpan; k++) at[r, k] = c;
        var made = new Dictionary<GridCell, Cell>();
        var rows = new List<IReadOnlyList<Cell>>();
        for (var r = 0; r < table.Rows; r++)
        {
            var row = new List<Cell>();
            for (var k = 0; k < table.Columns; k++)
            {
                var c = at[r, k];
                if (!made.TryGetValue(c, out var first)) { made[c] = first = cell(c); row.Add(first); continue; }
                row.Add(new Cell(first.Raw, first.Text, first.Source, spanCopy: true) { Uncertain = first.Uncertain });
            }
            rows.Add(row);
        }
        return new TableBlock(rows);
    }

    /// <summary>The blocks of every page, each page's in order of their tops; a table that is the first block of a
    /// page (page numbers aside) after a page that ended with a table continues that table: the two are one block,
    /// the header rows repeated at the top of the new page left out.</summary>
    public static List<Block> InReadingOrder(IEnumerable<List<(double Y, Block Block)>> pages)
    {
        var blocks = new List<Block>();
        TableBlock? open = null;
        foreach (var page in pages)
        {
            var items = page.OrderBy(x => x.Y).ToList();
            var top = true;
            foreach (var (_, block) in items)
            {
                if (top && block is TableBlock next && open is not null && EndsWith(blocks, open))
                {
                    var joined = Continue(open, next);
                    blocks[blocks.LastIndexOf(open)] = joined;
                    open = joined;
                    top = false;
                    continue;
                }
                if (block is not LineBlock { Line.Text: var t } || !PageNumber().IsMatch(t)) top = false;
                blocks.Add(block);
                if (block is TableBlock tb) open = tb;
            }
        }
        return blocks;
    }

    /// <summary>The open table is the last block but for page numbers.</summary>
    static bool EndsWith(List<Block> blocks, TableBlock open)
    {
        var i = blocks.Count - 1;
        while (i >= 0 && blocks[i] is LineBlock l && PageNumber().IsMatch(l.Line.Text)) i--;
        return i >= 0 && ReferenceEquals(blocks[i], open);
    }

    static TableBlock Continue(TableBlock first, TableBlock next)
    {
        static string Key(IReadOnlyList<Cell> row) => string.Join("|", row.Select(c => c.Key));
        var skip = 0;
        while (skip < next.Rows.Count && skip < first.Rows.Count && Key(next.Rows[skip]) == Key(first.Rows[skip])) skip++;
        return new TableBlock([.. first.Rows, .. next.Rows.Skip(skip)], first.RowBreaksReliable && next.RowBreaksReliable, first.BlanksVisible && next.BlanksVisible);
    }

    /// <summary>A page number or footer line: "- 3 -", "第 2 页 共 5 页", "3/5".</summary>
    [GeneratedRegex(@"^[\s\-—–·第页共/\d]{1,16}$")]
    private static partial Regex PageNumber();
}
