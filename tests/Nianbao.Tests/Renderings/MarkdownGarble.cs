using System.Text;
using System.Text.Json;
using Nianbao.Template;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Renderings;

/// <summary>
/// A sample's tables written as Markdown the way PDF-to-Markdown converters print them (issue 10 §2), from the
/// sample's truth, the text before section 二 and from section 五 on being the sample's own. Clean: one Markdown table
/// per national table. PageFooter: a page footer and a page-number row inside table 三. WrappedLabel: every row label of
/// table 三 longer than 12 characters wrapped over two table rows, its tail alone in the next row. DetachedLabels: table
/// 三 as a column of labels (rows with empty cells), then a block of value rows without labels. SplitHeader: the header
/// cells of tables 二 and 三 split over two rows. GroupTables: table 三 as one Markdown table per row group under the
/// generic headers 项目 | 数据1 … 数据6 (one short of the row). Placeholder: tables of `-` alone before tables 二, 三 and 四.
/// WrongHeader: the last two rows of table 三 in a table of their own under table 四's header. RevisedNote: table 二's
/// 本年制发件数 as two-line cells `N（其中修订M件）`. PulledNote: the same note pulled out of its cell into a row of its own.
/// </summary>
public static class MarkdownGarble
{
    public enum Style { Clean, PageFooter, WrappedLabel, DetachedLabels, SplitHeader, GroupTables, Placeholder, WrongHeader, RevisedNote, PulledNote }

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
        if (style == Style.Placeholder) sb.Append(Placeholder);
        if (style == Style.SplitHeader) sb.Append("| 信息内容 | 本年制发 | 本年废止 | 现行有效 |\n| --- | --- | --- | --- |\n| | 件数 | 件数 | 件数 |\n");
        else sb.Append("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n");
        foreach (var row in template.Table("active_disclosure", FormatId.F2021)!.RowsFor(FormatId.F2021))
        {
            var cells = Cells(tables.GetProperty("active_disclosure").GetProperty(row.Key));
            while (cells.Count < 3) cells.Add("");
            // A count of documents issued, some of them revisions: 本年制发件数 printed as N（其中修订M件）.
            var note = style is Style.RevisedNote or Style.PulledNote && row.Key is "regulations" or "normative_documents" && long.TryParse(cells[0], out var issued) && issued > 0
                ? $"（其中修订{(issued + 1) / 2}件）" : null;
            if (note is not null && style == Style.RevisedNote) cells[0] += "<br>" + note;
            Row(sb, row.Label, cells);
            if (note is not null && style == Style.PulledNote) Row(sb, "", [note, "", ""]);
        }

        sb.Append('\n').Append(lines[Line("applications")]).Append("\n\n");
        if (style == Style.Placeholder) sb.Append(Placeholder);
        const string Header3 = "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n";
        const string Generic = "| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |\n| --- | --- | --- | --- | --- | --- | --- |\n";
        if (style == Style.SplitHeader)
            sb.Append("| 申请人情况 | 自然人 | 商业企 | 科研机 | 社会公 | 法律服 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| | | 业 | 构 | 益组织 | 务机构 | | |\n");
        else if (style != Style.GroupTables) sb.Append(Header3);
        var n = 0;
        var applicationRows = template.Table("applications", FormatId.F2021)!.RowsFor(FormatId.F2021);
        var groupHeadings = RunTogether.CrawlerDump.GroupHeadings(applicationRows);
        var detached = new List<List<string>>();
        string? lastGroup = "";
        foreach (var row in applicationRows)
        {
            var group = groupHeadings.GetValueOrDefault(row.Key, "");
            var label = group + row.Label;
            var cells = Cells(tables.GetProperty("applications").GetProperty(row.Key));
            if (style == Style.GroupTables && row.Group != lastGroup)
            {
                // A converter that loses the merged group cells starts a new table at each group.
                sb.Append(lastGroup == "" ? "" : "\n").Append(Generic);
                lastGroup = row.Group;
            }
            if (style == Style.DetachedLabels)
            {
                Row(sb, label, cells.Select(_ => "").ToList());
                detached.Add(cells);
                continue;
            }
            if (style == Style.WrongHeader && row.Key is "total_processed")
                sb.Append("\n| 行政复议 | | | | | 行政诉讼 | | |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
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

        foreach (var cells in detached) Row(sb, "", cells);

        sb.Append('\n').Append(lines[Line("review_litigation")]).Append("\n\n");
        if (style == Style.Placeholder) sb.Append(Placeholder);
        sb.Append("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        sb.Append("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n");
        sb.Append("| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n");
        var review = new[] { "review", "litigation_direct", "litigation_after_review" }
            .SelectMany(r => Cells(tables.GetProperty("review_litigation").GetProperty(r))).ToList();
        sb.Append("| ").Append(string.Join(" | ", review)).Append(" |\n\n");

        foreach (var l in lines[Line("problems")..]) sb.Append(l).Append('\n');
        return sb.ToString();
    }

    /// <summary>What a converter prints for a table it could not read: a grid of dashes.</summary>
    const string Placeholder = "| - | - | - |\n| --- | --- | --- |\n| - | - | - |\n| - | - | - |\n\n";

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
