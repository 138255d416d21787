using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>
/// Lays a national table out as the published form prints it, from the template's layout alone (format.md §2.3–§2.5):
/// labels, rows, columns, their groups and the note come from the <see cref="TableDef"/>, never from code. Three
/// shapes follow from the data: rows in blocks (table 二: each block a title row, a header row, its rows), rows under
/// grouped columns (table 三: the note over the label columns, column groups as header rows, row groups merged down),
/// and a positional row (table 四: the row labels' paths as header rows over one row of values).
/// </summary>
static class GridBuilder
{
    /// <summary>The path separator of a positional table's row labels (行政诉讼 › 复议后起诉).</summary>
    const string PathSeparator = " › ";

    public static LayoutGrid Build(TableDef table, FormatId format, TableValues? values) =>
        table.Reader == "positional_row" ? Positional(table, format, values)
        : table.RowsFor(format).Any(r => r.Block is not null) ? Blocks(table, format, values)
        : Grouped(table, format, values);

    /// <summary>The printed text of a value: a number as written, a blank mark as printed, an empty cell as "".</summary>
    public static string Text(CellValue value) => value.State switch
    {
        ValueState.BlankMark or ValueState.Unreadable => value.Raw?.Trim() ?? "",
        _ when value.Integer is long i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.Text ?? "",
    };

    static GridCell Value(TableDef table, TableValues? values, string row, string column) =>
        new(values is null ? "" : Text(values[row, column]), GridCellKind.Value) { Ref = new CellRef(table.Key, row, column) };

    static LayoutGrid Blocks(TableDef table, FormatId format, TableValues? values)
    {
        var blocks = table.RowsFor(format).GroupBy(r => r.Block).ToList();
        var width = 1 + blocks.Max(b => table.ColumnsOf(b.First()).Count);
        var height = blocks.Sum(b => 2 + b.Count());
        var grid = new LayoutGrid(table.Key, height, width, 0, [3, .. Enumerable.Repeat(2, width - 1)]);
        var r = 0;
        foreach (var block in blocks)
        {
            grid.Place(r++, 0, new GridCell(block.Key ?? "", GridCellKind.Header, ColSpan: width));
            var columns = table.ColumnsOf(block.First());
            // Fewer columns than the grid: the last one takes the rest of the width.
            int Span(int i) => i == columns.Count - 1 ? width - columns.Count : 1;
            grid.Place(r, 0, new GridCell(table.Stub ?? "", GridCellKind.Header));
            for (var i = 0; i < columns.Count; i++) grid.Place(r, 1 + i, new GridCell(columns[i].Label, GridCellKind.Header, ColSpan: Span(i)));
            r++;
            foreach (var row in block)
            {
                grid.Place(r, 0, new GridCell(row.Label, GridCellKind.Label));
                for (var i = 0; i < columns.Count; i++) grid.Place(r, 1 + i, Value(table, values, row.Key, columns[i].Key) with { ColSpan = Span(i) });
                r++;
            }
        }
        return grid;
    }

    static LayoutGrid Grouped(TableDef table, FormatId format, TableValues? values)
    {
        var rows = table.RowsFor(format).ToList();
        var columns = table.Columns ?? [];
        // Column header levels: the total column's group over all; the other groups under it.
        var top = columns.FirstOrDefault(c => c.Role == Roles.Total)?.Group;
        var nested = columns.Any(c => c.Group is not null && c.Group != top);
        var headerRows = (top is null ? 0 : 1) + 1 + (nested ? 1 : 0);
        // Row label levels: rows under the processed row's group, and rows in a group of their own under it.
        var outcomeGroup = rows.FirstOrDefault(r => r.Role == Roles.Processed)?.Group;
        bool Under(RowDef r) => r.Role is Roles.Outcome or Roles.Processed && outcomeGroup is not null;
        string?[] Path(RowDef r) =>
            r.Group is null ? [] : Under(r) && r.Group != outcomeGroup ? [outcomeGroup, r.Group] : [r.Group];
        var labelColumns = 1 + rows.Max(r => Path(r).Length);
        var width = labelColumns + columns.Count;
        int[] widths = [.. Enumerable.Range(0, labelColumns).Select(i => i == labelColumns - 1 ? 12 : 3 + i), .. columns.Select(_ => 4)];
        var grid = new LayoutGrid(table.Key, headerRows + rows.Count, width, headerRows, widths);

        grid.Place(0, 0, new GridCell(table.Note ?? "", GridCellKind.Note, headerRows, labelColumns));
        var level = 0;
        if (top is not null) grid.Place(level++, labelColumns, new GridCell(top, GridCellKind.Header, ColSpan: columns.Count));
        for (var i = 0; i < columns.Count;)
        {
            var c = columns[i];
            if (nested && c.Group is not null && c.Group != top)
            {
                var run = columns.Skip(i).TakeWhile(x => x.Group == c.Group).Count();
                grid.Place(level, labelColumns + i, new GridCell(c.Group, GridCellKind.Header, ColSpan: run));
                for (var j = 0; j < run; j++) grid.Place(level + 1, labelColumns + i + j, new GridCell(columns[i + j].Label, GridCellKind.Header));
                i += run;
            }
            else
            {
                grid.Place(level, labelColumns + i, new GridCell(c.Label, GridCellKind.Header, RowSpan: headerRows - level));
                i++;
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var r = headerRows + i;
            var path = Path(rows[i]);
            for (var d = 0; d < path.Length; d++)
            {
                // A group label runs down the consecutive rows that share it, at this depth.
                if (i > 0 && Path(rows[i - 1]) is var before && before.Length > d && before[d] == path[d]) continue;
                var run = rows.Skip(i).TakeWhile(x => Path(x) is var p && p.Length > d && p[d] == path[d]).Count();
                grid.Place(r, d, new GridCell(path[d]!, GridCellKind.Label, RowSpan: run));
            }
            grid.Place(r, path.Length, new GridCell(rows[i].Label, GridCellKind.Label, ColSpan: labelColumns - path.Length));
            for (var j = 0; j < columns.Count; j++) grid.Place(r, labelColumns + j, Value(table, values, rows[i].Key, columns[j].Key));
        }
        return grid;
    }

    static LayoutGrid Positional(TableDef table, FormatId format, TableValues? values)
    {
        var rows = table.RowsFor(format).ToList();
        var columns = table.Columns ?? [];
        var paths = rows.Select(r => r.Label.Split(PathSeparator)).ToList();
        var depth = paths.Max(p => p.Length);
        var width = rows.Count * columns.Count;
        var grid = new LayoutGrid(table.Key, depth + 2, width, depth + 1, [.. Enumerable.Repeat(1, width)]);
        for (var i = 0; i < rows.Count; i++)
        {
            var at = i * columns.Count;
            for (var d = 0; d < paths[i].Length; d++)
            {
                // A path step shared with the row before is already printed over both.
                if (i > 0 && paths[i - 1].Length > d && paths[i - 1].Take(d + 1).SequenceEqual(paths[i].Take(d + 1))) continue;
                var run = paths.Skip(i).TakeWhile(p => p.Length > d && p.Take(d + 1).SequenceEqual(paths[i].Take(d + 1))).Count();
                grid.Place(d, at, new GridCell(paths[i][d], GridCellKind.Header, ColSpan: run * columns.Count));
            }
            var leafRow = paths[i].Length;
            for (var j = 0; j < columns.Count; j++)
            {
                grid.Place(leafRow, at + j, new GridCell(columns[j].Label, GridCellKind.Header, RowSpan: depth + 1 - leafRow));
                grid.Place(depth + 1, at + j, Value(table, values, rows[i].Key, columns[j].Key));
            }
        }
        return grid;
    }
}
