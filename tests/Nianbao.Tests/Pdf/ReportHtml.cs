using System.Net;
using System.Text;
using System.Text.Json;
using Nianbao.Template;

namespace Nianbao.Tests.Pdf;

/// <summary>
/// A printable HTML report in the national layout (docs/format.md §2.3–§2.5): title, the six section headings and
/// tables 二, 三 and 四 with bordered cells, row/column spans and narrow label columns (so labels wrap as in
/// print), filled from a sample's expected values; a null value is an empty cell.
/// </summary>
static class ReportHtml
{
    public static string Build(JsonElement expected, Func<string, string, string, JsonElement?, JsonElement?>? edit = null)
    {
        var template = ReportTemplate.Embedded;
        string V(string table, string row, string column)
        {
            JsonElement? v = expected.GetProperty("tables").TryGetProperty(table, out var t) && t.TryGetProperty(row, out var r)
                && r.TryGetProperty(column, out var c) ? c : null;
            if (edit is not null) v = edit(table, row, column, v);
            return v is { ValueKind: JsonValueKind.Number or JsonValueKind.String } x ? x.ToString() : "";
        }
        var html = new StringBuilder("""
            <!doctype html><html><head><meta charset="utf-8"><style>
            body { font-family: "WenQuanYi Micro Hei"; font-size: 12px }
            table { border-collapse: collapse; width: 100% }
            td { border: 1px solid #000; padding: 3px; text-align: center }
            td.l { text-align: left }
            </style></head><body>
            """);
        html.Append($"<h1>{expected.GetProperty("agency").GetString()}{expected.GetProperty("year").GetInt32()}年政府信息公开工作年度报告</h1>\n");
        foreach (var section in template.Sections)
        {
            html.Append($"<h2>{E(section.Label)}</h2>\n");
            switch (section.Key)
            {
                case "proactive": Proactive(html, template.Table("active_disclosure", new FormatId("2021"))!, V); break;
                case "applications": Applications(html, template.Table("applications", new FormatId("2021"))!, V); break;
                case "review_litigation": Review(html, template.Table("review_litigation", new FormatId("2021"))!, V); break;
                default: html.Append("<p>本机关依照《中华人民共和国政府信息公开条例》做好相关工作。</p>\n"); break;
            }
        }
        return html.Append("</body></html>").ToString();
    }

    static string E(string s) => WebUtility.HtmlEncode(s);

    static void Proactive(StringBuilder html, TableDef t, Func<string, string, string, string> v)
    {
        html.Append("<table>\n");
        string? block = null;
        foreach (var row in t.Rows)
        {
            var columns = t.ColumnsOf(row);
            string Span(int i) => i == columns.Count - 1 ? $" colspan=\"{4 - columns.Count}\"" : "";
            if (row.Block != block)
            {
                block = row.Block;
                html.Append($"<tr><td colspan=\"4\">{E(block!)}</td></tr>\n<tr><td>信息内容</td>");
                for (var i = 0; i < columns.Count; i++) html.Append($"<td{Span(i)}>{E(columns[i].Label)}</td>");
                html.Append("</tr>\n");
            }
            html.Append($"<tr><td>{E(row.Label)}</td>");
            for (var i = 0; i < columns.Count; i++) html.Append($"<td{Span(i)}>{v(t.Key, row.Key, columns[i].Key)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>Table 三: the note spans 3×3 header cells; rows 1, 2 and 25 span the three label columns; the
    /// outcome rows sit under 三、本年度办理结果 and the (三)–(六) group cells (docs/format.md §2.4).</summary>
    static void Applications(StringBuilder html, TableDef t, Func<string, string, string, string> v)
    {
        const string outcomes = "三、本年度办理结果";
        var columns = t.Columns!;
        html.Append($"<table>\n<tr><td colspan=\"3\" rowspan=\"3\" style=\"width:30%\">{E(t.Note!)}</td><td colspan=\"7\">申请人情况</td></tr>\n");
        html.Append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>\n<tr>");
        foreach (var c in columns.Skip(1).Take(5)) html.Append($"<td>{E(c.Label)}</td>");
        html.Append("</tr>\n");
        var rows = t.RowsFor(FormatId.F2021).ToList();
        var started = new HashSet<string>();
        foreach (var row in rows)
        {
            html.Append("<tr>");
            if (row.Group is null) html.Append($"<td class=\"l\" colspan=\"3\">{E(row.Label)}</td>");
            else
            {
                if (started.Add(outcomes)) html.Append($"<td rowspan=\"{rows.Count(r => r.Group is not null)}\">{outcomes}</td>");
                if (row.Group == outcomes) html.Append($"<td class=\"l\" colspan=\"2\">{E(row.Label)}</td>");
                else
                {
                    if (started.Add(row.Group)) html.Append($"<td rowspan=\"{rows.Count(r => r.Group == row.Group)}\">{E(row.Group)}</td>");
                    html.Append($"<td class=\"l\">{E(row.Label)}</td>");
                }
            }
            foreach (var c in columns) html.Append($"<td>{v(t.Key, row.Key, c.Key)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>Table 四: three header rows and one row of 15 numbers (docs/format.md §2.5).</summary>
    static void Review(StringBuilder html, TableDef t, Func<string, string, string, string> v)
    {
        var columns = t.Columns!;
        html.Append("<table>\n<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>\n<tr>");
        foreach (var c in columns) html.Append($"<td rowspan=\"2\">{E(c.Label)}</td>");
        html.Append("<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>\n<tr>");
        for (var k = 0; k < 2; k++) foreach (var c in columns) html.Append($"<td>{E(c.Label)}</td>");
        html.Append("</tr>\n<tr>");
        foreach (var row in t.Rows) foreach (var c in columns) html.Append($"<td>{v(t.Key, row.Key, c.Key)}</td>");
        html.Append("</tr>\n</table>\n");
    }
}
