using System.Text;
using System.Text.Json;
using Nianbao.Template;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// Rewrites a sample the way crawler text dumps print the national tables with every cell separator lost
/// (issue 3 §5): sections 二–四 become one line per row, the label followed by the row's digits run together
/// (`一、本年新收政府信息公开申请数量61110000072`), and table 四 one line of 15 digits. Group labels share the line
/// of their first row, as in the printed table. Blank cells leave no trace, so a blank row is its label alone.
/// Everything before section 二 and from section 五 on is the sample's own text. The digits are the sample's
/// expected values: the dump is what a crawler makes of the true table.
/// </summary>
public static class CrawlerDump
{
    /// <summary>Glued: one line per row, label and digits run together. Piped: the digits between bars.
    /// OneLine: the whole article on one line (issue 10 §1) after page chrome, headings glued to the sentence before,
    /// table header cells glued, the next row's ordinal right after a row's digits. OneLineSpaced: the same with a
    /// stray space inside table 四's run.</summary>
    public enum Style { Glued, Piped, OneLine, OneLineSpaced }

    /// <summary>What a site's page puts before the article in a text dump.</summary>
    public const string Chrome = "当前位置：首页 > 政务公开 > 政府信息公开年报 来源：本站 时间：2024-01-20 10:32 【字体：大 中 小】 分享到： 微信 微博 打印本页 关闭窗口 简体版 繁體版 ";

    /// <summary>The group label a copy prints before the first row of each row group (三、本年度办理结果, （三）不予公开…),
    /// from the template's row groups: a group's label once, at its first row.</summary>
    internal static Dictionary<string, string> GroupHeadings(IEnumerable<RowDef> rows)
    {
        var printed = new HashSet<string>();
        var headings = new Dictionary<string, string>();
        foreach (var row in rows)
            if (row.Group is { } group && printed.Add(group)) headings[row.Key] = group;
        return headings;
    }

    static readonly Dictionary<string, string> BlockBefore = new()
    {
        ["regulations"] = "第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数",
        ["licensing"] = "第二十条第（五）项\n信息内容本年处理决定数量",
        ["penalty"] = "第二十条第（六）项\n信息内容本年处理决定数量",
        ["fees"] = "第二十条第（八）项\n信息内容本年收费金额（单位：万元）",
    };

    /// <summary>The sample's text with tables 二–四 dumped; tables maps table key → row key → the row's cells (null = blank).</summary>
    public static string Of(string sample, Style style, Func<string, string, JsonElement, JsonElement>? edit = null)
    {
        if (style is Style.OneLine or Style.OneLineSpaced)
        {
            var glued = Of(sample, Style.Glued, edit).Split('\n');
            var flat = new StringBuilder(Chrome);
            foreach (var line in glued)
            {
                // A table 四 run (15 or more digits alone on its line) gets its stray space.
                var l = style == Style.OneLineSpaced && line.Length >= 15 && line.All(char.IsAsciiDigit) ? line[..7] + " " + line[7..] : line;
                flat.Append(l.Replace(" | ", "").Replace(" |", "").Replace("|", ""));
            }
            return flat.ToString();
        }
        var expected = SampleFiles.Expected(sample);
        var file = SampleFiles.Path(expected.GetProperty("source").GetString()!);
        var report = ReportParser.ParseFile(file);
        var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
        int Line(string section) => report.Sections[section].Source!.Line!.Value - 1;

        var tables = expected.GetProperty("tables");
        JsonElement Row(string table, string row)
        {
            var r = tables.GetProperty(table).GetProperty(row);
            return edit?.Invoke(table, row, r) ?? r;
        }
        var template = ReportTemplate.Embedded;
        var sb = new StringBuilder();
        foreach (var l in lines[..Line("proactive")]) sb.Append(l).Append('\n');

        sb.Append(lines[Line("proactive")]).Append('\n');
        foreach (var row in template.Table("active_disclosure", new FormatId("2021"))!.RowsFor(FormatId.F2021))
        {
            if (BlockBefore.TryGetValue(row.Key, out var block)) sb.Append(block).Append('\n');
            RowLine(sb, row.Label, Row("active_disclosure", row.Key), style);
        }

        sb.Append(lines[Line("applications")]).Append('\n');
        sb.Append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况\n自然人法人或其他组织总计\n商业企业科研机构社会公益组织法律服务机构其他\n");
        var applicationRows = template.Table("applications", FormatId.F2021)!.RowsFor(FormatId.F2021);
        var groupHeadings = GroupHeadings(applicationRows);
        foreach (var row in applicationRows)
            RowLine(sb, groupHeadings.GetValueOrDefault(row.Key, "") + row.Label, Row("applications", row.Key), style);

        sb.Append(lines[Line("review_litigation")]).Append('\n');
        sb.Append("行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计\n");
        var review = string.Concat(new[] { "review", "litigation_direct", "litigation_after_review" }.Select(r => Digits(Row("review_litigation", r))));
        if (review.Length > 0) sb.Append(review).Append('\n');

        foreach (var l in lines[Line("problems")..]) sb.Append(l).Append('\n');
        return sb.ToString();
    }

    /// <summary>The one-line dump broken into a few lines at arbitrary places (issue 10 §1: "the whole article on one line
    /// or a few"): <paramref name="breaks"/> line breaks at positions drawn from <paramref name="seed"/>, anywhere —
    /// inside a heading, a label, a run of digits or the page chrome.</summary>
    public static string Broken(string sample, int seed, int breaks)
    {
        var text = Of(sample, Style.OneLine);
        var random = new Random(seed);
        var at = Enumerable.Range(0, breaks).Select(_ => random.Next(1, text.Length)).Distinct().Order().ToList();
        var sb = new StringBuilder();
        var from = 0;
        foreach (var a in at) { sb.Append(text, from, a - from).Append('\n'); from = a; }
        return sb.Append(text, from, text.Length - from).ToString();
    }

    static void RowLine(StringBuilder sb, string label, JsonElement row, Style style)
    {
        var digits = Digits(row);
        sb.Append(label);
        if (digits.Length > 0) sb.Append(style == Style.Glued ? digits : " | " + digits + " |");
        sb.Append('\n');
    }

    /// <summary>The row's values written together; a row is all blank or all numbers in the samples.</summary>
    static string Digits(JsonElement row)
    {
        var cells = row.EnumerateObject().Select(c => c.Value).ToList();
        if (cells.All(c => c.ValueKind == JsonValueKind.Null)) return "";
        if (cells.Any(c => c.ValueKind == JsonValueKind.Null))
            throw new InvalidOperationException("a row with some blank cells cannot be dumped without separators");
        return string.Concat(cells.Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()));
    }
}
