using System.Text;
using System.Text.Json;
using Nianbao.Template;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Renderings;

/// <summary>
/// A sample's tables written as Markdown the way PDF-to-Markdown converters print them (issue 10 §2), from the
/// sample's truth, the text before section 二 and from section 五 on being the sample's own. Clean: one Markdown table
/// per national table. PageFooter: a page footer and a page-number row inside table 三. WrappedLabel: every row label of
/// table 三 longer than 12 characters wrapped over two table rows, its tail alone in the next row.
/// </summary>
public static class MarkdownGarble
{
    public enum Style { Clean, PageFooter, WrappedLabel }

    public static string Of(string sample, Style style)
    {
        var expected = SampleFiles.Expected(sample);
        var file = SampleFiles.Path(expected.GetProperty("source").GetString()!);
        var report = ReportParser.ParseFile(file);
        var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
        int Line(string section) => report.Sections[section].Source!.Line!.Value - 1;
        var tables = expected.GetProperty("tables");
        var template = ReportTemplate.Embedded;
        var sb = new StringBuilder();
        foreach (var l in lines[..Line("proactive")]) sb.Append(l).Append('\n');

        sb.Append(lines[Line("proactive")]).Append("\n\n");
        sb.Append("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n");
        foreach (var row in template.Table("active_disclosure", FormatId.F2021)!.RowsFor(FormatId.F2021))
        {
            var cells = Cells(tables.GetProperty("active_disclosure").GetProperty(row.Key));
            while (cells.Count < 3) cells.Add("");
            Row(sb, row.Label, cells);
        }

        sb.Append('\n').Append(lines[Line("applications")]).Append("\n\n");
        sb.Append("| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        var n = 0;
        var applicationRows = template.Table("applications", FormatId.F2021)!.RowsFor(FormatId.F2021);
        var groupHeadings = RunTogether.CrawlerDump.GroupHeadings(applicationRows);
        foreach (var row in applicationRows)
        {
            var group = groupHeadings.GetValueOrDefault(row.Key, "");
            var label = group + row.Label;
            var cells = Cells(tables.GetProperty("applications").GetProperty(row.Key));
            if (style == Style.WrappedLabel && row.Label.Length > 12)
            {
                var cut = group.Length + row.Label.Length / 2;
                Row(sb, label[..cut], cells);
                Row(sb, label[cut..], cells.Select(_ => "").ToList());
            }
            else Row(sb, label, cells);
            if (style == Style.PageFooter && ++n == 10)
            {
                Row(sb, "第 2 页 共 5 页", cells.Select(_ => "").ToList());
                Row(sb, "- 2 -", cells.Select(_ => "").ToList());
            }
        }

        sb.Append('\n').Append(lines[Line("review_litigation")]).Append("\n\n");
        sb.Append("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        sb.Append("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n");
        sb.Append("| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n");
        var review = new[] { "review", "litigation_direct", "litigation_after_review" }
            .SelectMany(r => Cells(tables.GetProperty("review_litigation").GetProperty(r))).ToList();
        sb.Append("| ").Append(string.Join(" | ", review)).Append(" |\n\n");

        foreach (var l in lines[Line("problems")..]) sb.Append(l).Append('\n');
        return sb.ToString();
    }

    static List<string> Cells(JsonElement row) =>
        row.EnumerateObject().Select(c => c.Value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => c.Value.GetString()!,
            _ => c.Value.GetRawText(),
        }).ToList();

    static void Row(StringBuilder sb, string label, List<string> cells) =>
        sb.Append("| ").Append(label).Append(" | ").Append(string.Join(" | ", cells)).Append(" |\n");
}
