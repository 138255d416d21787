using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Reading.Docx;

/// <summary>
/// A Word table as its real grid (docs/format.md §2.3–§2.5: the national tables are merged-cell grids). A cell with
/// <c>w:gridSpan</c> n covers n grid columns; a <c>w:vMerge</c> continuation cell is the cell above carried down;
/// <c>w:gridBefore</c> skips leading grid columns. Every covered position holds a span copy of the cell that
/// covers it, so each row reads left to right like the printed table. Positions are 1-based grid positions.
/// </summary>
sealed class DocxTableGrid
{
    const int MaxSpan = 64;

    /// <summary>One grid position: the origin cell's text, and whether this position only repeats it.</summary>
    readonly record struct Slot(Origin Cell, bool SpanCopy);

    sealed class Origin(string raw) { public string Raw = raw; public string? Text; }

    readonly List<List<Slot>> grid = [];
    readonly int index;

    DocxTableGrid(int index) => this.index = index;

    /// <param name="table">The DOCX table element.</param>
    /// <param name="index">1-based number of the table in the document, for provenance.</param>
    /// <param name="budget">The document's grid cells: every grid position taken counts against the limit.</param>
    public static DocxTableGrid Build(Table table, int index, CellBudget budget)
    {
        var result = new DocxTableGrid(index);
        var blank = new Origin("");
        foreach (var tr in Rows(table))
        {
            var above = result.grid.Count > 0 ? result.grid[^1] : null;
            var row = new List<Slot>();
            var skip = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            budget.Take(Math.Clamp(skip, 0, MaxSpan), "table", index);
            for (var i = 0; i < Math.Min(skip, MaxSpan); i++) row.Add(new Slot(blank, true));
            foreach (var tc in Cells(tr))
            {
                var props = tc.TableCellProperties;
                var span = Math.Clamp(props?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var vMerge = props?.VerticalMerge;
                var continues = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
                var hContinues = props?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue && row.Count > 0;
                budget.Take(span, "table", index);
                for (var dc = 0; dc < span; dc++)
                {
                    var c = row.Count;
                    if (continues && above is not null && c < above.Count) row.Add(new Slot(above[c].Cell, true));
                    else if (hContinues) row.Add(new Slot(row[^1].Cell, true));
                    else row.Add(dc == 0 ? new Slot(new Origin(CellText(tc)), false) : new Slot(row[^1].Cell, true));
                }
            }
            result.grid.Add(row);
        }
        return result;
    }

    /// <summary>The table's rows, including rows wrapped in content controls or custom XML (not nested tables').</summary>
    public static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow tr) yield return tr;
            else if (child is not Table && !DocxInline.IsSkipped(child))
                foreach (var inner in Rows(child)) yield return inner;
        }
    }

    /// <summary>A row's cells, including cells wrapped in content controls or custom XML.</summary>
    public static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell tc) yield return tc;
            else if (child is not (TableRowProperties or TablePropertyExceptions) && !DocxInline.IsSkipped(child))
                foreach (var inner in Cells(child)) yield return inner;
        }
    }

    /// <summary>A cell's paragraphs as lines (the printed wraps, 商业\n企业), text boxes included.</summary>
    static string CellText(TableCell tc)
    {
        var sb = new StringBuilder();
        DocxInline.Append(tc, sb, boxes: null);
        return CellWhitespace.Collapse(sb.ToString());
    }

    public TableBlock ToBlock(bool stripPinyin)
    {
        var rows = new List<IReadOnlyList<Cell>>(grid.Count);
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = new Cell[grid[r].Count];
            for (var c = 0; c < cells.Length; c++)
            {
                var (origin, copy) = grid[r][c];
                origin.Text ??= TextNormalizer.Normalize(origin.Raw, stripPinyin).Text;
                cells[c] = new Cell(origin.Raw, origin.Text, Provenance.GridCell("docx", index, r + 1, c + 1), copy);
            }
            rows.Add(cells);
        }
        return new TableBlock(rows);
    }
}
