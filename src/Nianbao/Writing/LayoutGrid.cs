namespace Nianbao.Writing;

/// <summary>What a grid cell holds: a header label, a row label, a value, or the table's note (勾稽关系).</summary>
enum GridCellKind { Header, Label, Value, Note }

/// <summary>A cell of a <see cref="LayoutGrid"/> at its top-left position, spanning rows and columns.</summary>
sealed record GridCell(string Text, GridCellKind Kind, int RowSpan = 1, int ColSpan = 1)
{
    /// <summary>The table cell a value position holds (null for labels).</summary>
    public Template.CellRef? Ref { get; init; }
}

/// <summary>
/// One national table as a merged-cell grid (format.md §2.3–§2.5), built once from the template and the report's
/// values (<see cref="GridBuilder"/>) and printed by each target (DOCX, HTML, Markdown). Covered positions hold no
/// cell: <see cref="CoveringAt"/> names the cell covering them.
/// </summary>
sealed class LayoutGrid
{
    readonly GridCell?[,] origins;
    readonly (int Row, int Column)[,] cover;

    public LayoutGrid(string table, int rows, int columns, int headerRows, IReadOnlyList<int> widths)
    {
        Table = table;
        origins = new GridCell?[rows, columns];
        cover = new (int, int)[rows, columns];
        for (var r = 0; r < rows; r++) for (var c = 0; c < columns; c++) cover[r, c] = (-1, -1);
        HeaderRows = headerRows;
        Widths = widths;
    }

    public string Table { get; }
    public int RowCount => origins.GetLength(0);
    public int ColumnCount => origins.GetLength(1);
    /// <summary>Rows at the top that repeat on each page (column headers).</summary>
    public int HeaderRows { get; }
    /// <summary>Relative column widths (one per grid column).</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>The cell whose top-left corner is here, or null when the position is covered by another.</summary>
    public GridCell? At(int row, int column) => origins[row, column];

    /// <summary>The top-left position of the cell covering this position.</summary>
    public (int Row, int Column) CoveringAt(int row, int column) => cover[row, column];

    public void Place(int row, int column, GridCell cell)
    {
        for (var r = row; r < row + cell.RowSpan; r++)
            for (var c = column; c < column + cell.ColSpan; c++)
            {
                if (cover[r, c].Row >= 0) throw new InvalidOperationException($"{Table}: grid position ({r},{c}) is placed twice");
                cover[r, c] = (row, column);
            }
        origins[row, column] = cell;
    }

    /// <summary>True when every position of the grid is covered by exactly one cell.</summary>
    public bool IsComplete()
    {
        for (var r = 0; r < RowCount; r++) for (var c = 0; c < ColumnCount; c++) if (cover[r, c].Row < 0) return false;
        return true;
    }
}
