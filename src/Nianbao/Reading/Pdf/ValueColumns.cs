namespace Nianbao.Reading.Pdf;

/// <summary>
/// The value columns of a table region, from the x-ranges of its numbers: overlapping ranges are one column.
/// A number then sits in exactly one column, so a row's blank cells can be placed with certainty — unless two
/// numbers of one row fall in the same column, in which case the placement is not trusted (docs/format.md §9.3 step 9:
/// blanks vanish in PDF text; a row is then accepted only with exactly the expected number of values).
/// </summary>
sealed class ValueColumns
{
    readonly List<(double Min, double Max)> columns = [];

    public ValueColumns(IEnumerable<PdfWord> values)
    {
        foreach (var w in values.OrderBy(w => w.XMin))
        {
            if (columns.Count > 0 && w.XMin < columns[^1].Max) columns[^1] = (columns[^1].Min, Math.Max(columns[^1].Max, w.XMax));
            else columns.Add((w.XMin, w.XMax));
        }
    }

    public int Count => columns.Count;
    public double Left => columns.Count == 0 ? double.MaxValue : columns[0].Min;
    public double Center(int column) => (columns[column].Min + columns[column].Max) / 2;

    public int IndexOf(in PdfWord value)
    {
        for (var c = 0; c < columns.Count; c++)
            if (value.XMin < columns[c].Max && columns[c].Min < value.XMax) return c;
        return -1;
    }

    /// <summary>The column of each value of a row (ordered by x), or null when two share a column.</summary>
    public int[]? Place(IReadOnlyList<PdfWord> rowValues)
    {
        var placed = new int[rowValues.Count];
        for (var k = 0; k < rowValues.Count; k++)
        {
            placed[k] = IndexOf(rowValues[k]);
            if (placed[k] < 0 || (k > 0 && placed[k] <= placed[k - 1])) return null;
        }
        return placed;
    }
}
