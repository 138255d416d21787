using System.Net;
using System.Text;

namespace Nianbao.Writing;

/// <summary>
/// The layout as one standalone, printable HTML page: the national tables with the same merged-cell grid
/// (rowspan/colspan), A4 page rules, 仿宋 body and 宋体 tables; no script, no external resource.
/// </summary>
static class HtmlWriter
{
    const string Style = """
        @page { size: A4; margin: 2.54cm 2.8cm; }
        body { font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", serif; font-size: 16pt; line-height: 1.6; max-width: 46em; margin: 2em auto; color: #000; }
        h1 { font-family: "SimSun", "宋体", serif; font-size: 20pt; text-align: center; font-weight: bold; margin: 1em 0; }
        h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 .4em; }
        p { text-indent: 2em; margin: 0; text-align: justify; }
        p.sub { font-family: "KaiTi", "楷体", serif; }
        table.meta { width: auto; font-size: 10.5pt; border: 1px solid #999; margin: 0 0 1em; }
        table.meta th, table.meta td { border: none; text-align: left; font-weight: normal; padding: 1px 8px; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-family: "SimSun", "宋体", serif; font-size: 10pt; line-height: 1.3; page-break-inside: auto; }
        th, td { border: 1px solid #000; padding: 2px 3px; text-align: center; vertical-align: middle; }
        th.label, td.label { text-align: left; }
        td.note { text-align: left; font-size: 9pt; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        """;

    public static string Write(ReportLayout layout)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(layout.Title))
            .Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        if (layout.Metadata.Count > 0)
        {
            h.Append("<table class=\"meta\">\n");
            foreach (var (label, value) in layout.Metadata)
                h.Append("<tr><th>").Append(E(label)).Append("：</th><td>").Append(E(value)).Append("</td></tr>\n");
            h.Append("</table>\n");
        }
        h.Append("<h1>").Append(E(layout.Title)).Append("</h1>\n");
        foreach (var part in layout.Body)
            switch (part)
            {
                case HeadingPart p: h.Append("<h2>").Append(E(p.Text)).Append("</h2>\n"); break;
                case ParagraphPart p: h.Append(p.Subheading ? "<p class=\"sub\">" : "<p>").Append(E(p.Text)).Append("</p>\n"); break;
                case GridPart g: Table(h, g.Grid, null); break;
            }
        return h.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>One grid as a table; <paramref name="valueCell"/>, when given, writes a value cell's attributes, the
    /// closing '&gt;' of its tag and its content (<see cref="HtmlTables"/>).</summary>
    public static void Table(StringBuilder h, LayoutGrid grid, Action<GridCell, Template.CellRef>? valueCell)
    {
        var total = grid.Widths.Sum();
        h.Append("<table data-table=\"").Append(grid.Table).Append("\">\n<colgroup>");
        foreach (var w in grid.Widths) h.Append("<col style=\"width:").Append((100.0 * w / total).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        h.Append("</colgroup>\n");
        for (var r = 0; r < grid.RowCount; r++)
        {
            if (r == 0 && grid.HeaderRows > 0) h.Append("<thead>\n");
            if (r == grid.HeaderRows) h.Append(grid.HeaderRows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            h.Append("<tr>");
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                if (grid.At(r, c) is not { } cell) continue;
                var tag = cell.Kind == GridCellKind.Header ? "th" : "td";
                h.Append('<').Append(tag);
                if (cell.RowSpan > 1) h.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                if (cell.ColSpan > 1) h.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                if (cell.Kind is GridCellKind.Label) h.Append(" class=\"label\"");
                if (cell.Kind is GridCellKind.Note) h.Append(" class=\"note\"");
                if (valueCell is not null && cell.Ref is { } cr) valueCell(cell, cr);
                else h.Append('>').Append(E(cell.Text));
                h.Append("</").Append(tag).Append('>');
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
