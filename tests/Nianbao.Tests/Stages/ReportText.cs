using Nianbao.Documents;
using Nianbao.Extraction;
using Nianbao.Reading;
using Nianbao.Template;

namespace Nianbao.Tests.Stages;

/// <summary>
/// A small 2021-format report in the pipe-row rendering (docs/format.md §9.1 A1), built from the template's own labels,
/// with a distinct value in every cell so that a misplaced value shows. Tests edit its lines to damage it.
/// </summary>
internal static class ReportText
{
    public static ReportTemplate Template => ReportTemplate.Embedded;
    public static TableDef Applications => Template.Table("applications", new FormatId("2021"))!;
    public static IReadOnlyList<RowDef> ApplicationRows => Applications.RowsFor(FormatId.F2021).ToList();

    /// <summary>The value printed in table 三 at row <paramref name="row"/> (template order), column <paramref name="column"/>.</summary>
    public static long Value(int row, int column) => 100 + row * 10 + column;

    public static long Value(string rowKey, int column) => Value(RowIndex(rowKey), column);

    public static int RowIndex(string rowKey) => ApplicationRows.ToList().FindIndex(r => r.Key == rowKey);

    /// <summary>The 15 values of table 四.</summary>
    public static long ReviewValue(int position) => 500 + position;

    /// <summary>A table 三 row as linxia-city-2023 prints it: a group label shares the line of its first row, and
    /// empty padding cells fill the grid's three label columns (` | |` or ` | ||`).</summary>
    public static string Table3Line(string rowKey, params string[] cells) => Table3Label(rowKey) + " | " + string.Join(" | ", cells)
        + (Table3Label(rowKey).Contains('|') ? " | |" : " | ||");

    public static string Table3Label(string rowKey)
    {
        var row = ApplicationRows[RowIndex(rowKey)];
        var first = row.Group is not null && ApplicationRows.First(r => r.Group == row.Group) == row;
        return first ? $"{row.Group} | {row.Label}" : row.Label;
    }

    public static string Table3Line(string rowKey) =>
        Table3Line(rowKey, Enumerable.Range(0, 7).Select(c => Value(rowKey, c).ToString()).ToArray());

    public static List<string> Lines()
    {
        var lines = new List<string>
        {
            "某某县人民政府2023年政府信息公开工作年度报告",
            "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。",
            "一、总体情况",
            "（一）主动公开",
            "本年度主动公开政府信息1200条。",
            "二、主动公开政府信息情况",
            "第二十条第（一）项 | ||",
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "规章 | 1 | 2 | 3 |",
            "行政规范性文件 | 4 | 5 | 6 |",
            "第二十条第（五）项 | ||",
            "信息内容 | 本年处理决定数量 | ||",
            "行政许可 | 7 | ||",
            "第二十条第（六）项 | ||",
            "信息内容 | 本年处理决定数量 | ||",
            "行政处罚 | 8 | ||",
            "行政强制 | 9 | ||",
            "第二十条第（八）项 | ||",
            "信息内容 | 本年收费金额（单位：万元） | ||",
            "行政事业性收费 | 406.61 | ||",
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||||",
            "自然人 | 法人或其他组织 | 总计 | |||||||",
            "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
        };
        foreach (var row in ApplicationRows) lines.Add(Table3Line(row.Key));
        lines.Add("四、政府信息公开行政复议、行政诉讼情况");
        lines.Add("行政复议 | 行政诉讼 | |||||||||||||");
        lines.Add("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||");
        lines.Add("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||");
        lines.Add(string.Join(" | ", Enumerable.Range(0, 15).Select(p => ReviewValue(p).ToString())) + " |");
        lines.Add("五、存在的主要问题及改进情况");
        lines.Add("（一）存在的问题。公开形式比较单一。");
        lines.Add("六、其他需要报告的事项");
        lines.Add("本年度没有产生信息处理费。");
        return lines;
    }

    public static int LineOf(List<string> lines, string start) => lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));

    public static string Text(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";

    public static IReadOnlyList<Block> Blocks(string text) => TextSourceReader.FromText(text, "test.txt", "text").Blocks;

    public static CellStream Stream(string text) => new(Blocks(text));

    public static Model.Report Parse(IEnumerable<string> lines) =>
        ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(Text(lines)), "test.txt");
}
