using Nianbao.Documents;

namespace Nianbao.Extraction;

/// <summary>
/// The cells of a run of blocks in reading order, whatever the rendering: a line is a one-cell row, a table
/// contributes its rows. Span copies are left out. RowStart marks a row end the source states reliably.
/// </summary>
internal sealed class CellStream
{
    readonly List<Cell> cells;
    readonly List<bool> rowStart;
    readonly List<bool> blanksVisible;
    readonly List<bool> lone;

    public CellStream(IEnumerable<Block> blocks)
    {
        // Sized once: the cells are counted first (a line is one; a table its rows' cells, span copies included).
        var count = 0;
        foreach (var block in blocks)
            if (block is LineBlock) count++;
            else if (block is TableBlock t) for (var r = 0; r < t.Rows.Count; r++) count += t.Rows[r].Count;
        (cells, rowStart, blanksVisible, lone) = (new(count), new(count), new(count), new(count));
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LineBlock line:
                    // A line holding only a number continues the row above: copies that put every cell on its own
                    // line without separators (A2 without pipes). Blank cells vanish there, so counts must be exact.
                    var value = !line.Line.IsEmpty && Tokenizing.ValueToken.IsValue(line.Line.Text);
                    Add(line.Line, !value, !value);
                    lone[^1] = true;
                    break;
                case TableBlock table:
                    var first = true;
                    foreach (var row in table.Rows)
                    {
                        var rowFirst = true;
                        foreach (var cell in row)
                        {
                            if (cell.SpanCopy) continue;
                            Add(cell, first || (rowFirst && table.RowBreaksReliable), table.BlanksVisible);
                            first = rowFirst = false;
                        }
                    }
                    break;
            }
        }
    }

    void Add(Cell cell, bool starts, bool blanks)
    {
        cells.Add(cell);
        rowStart.Add(starts);
        blanksVisible.Add(blanks);
        lone.Add(false);
    }

    public int Count => cells.Count;
    public Cell this[int i] => cells[i];
    public bool RowStart(int i) => rowStart[i];
    public bool BlanksVisible(int i) => blanksVisible[i];
    /// <summary>The cell is a line of its own (not a cell of a table row).</summary>
    public bool Lone(int i) => lone[i];
    public IEnumerable<Cell> Cells => cells;

    int[]? nextRowStart, nextFilled;

    /// <summary>The first index after <paramref name="i"/> that starts a row, or <see cref="Count"/>. Built once in one
    /// pass, so a reader looking ahead from every cell stays linear (a stream with no row break for a long stretch).</summary>
    public int NextRowStart(int i) => (nextRowStart ??= NextWhere(j => rowStart[j]))[i];

    /// <summary>The first index after <paramref name="i"/> whose cell is not empty, or <see cref="Count"/>.</summary>
    public int NextFilled(int i) => (nextFilled ??= NextWhere(j => !cells[j].IsEmpty))[i];

    int[] NextWhere(Func<int, bool> hit)
    {
        var next = new int[cells.Count];
        for (int i = cells.Count - 1, after = cells.Count; i >= 0; i--)
        {
            next[i] = after;
            if (hit(i)) after = i;
        }
        return next;
    }
}
