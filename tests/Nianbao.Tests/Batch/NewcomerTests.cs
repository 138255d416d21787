using Nianbao.Checking;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Batch;

/// <summary>Issue 7 §7: what a newcomer saw when following the README literally.</summary>
public class NewcomerTests
{
    [Fact]
    public void Blank_cells_are_told_by_printed_label_and_once_by_check()
    {
        var report = ReportParser.ParseFile(SampleFiles.Path("lhasa-city-2021.txt"));
        var blank = Assert.Single(report.Findings, f => f.Code == "NB-P-BLANK-CELLS");
        Assert.Contains("1.属于国家秘密", blank.Message("zh"));
        Assert.DoesNotContain("withheld_state_secret", blank.Message("zh"));

        var findings = ReportChecker.Check(report);
        var implied = Assert.Single(findings, f => f.Code == "NB-BLANK-IMPLIED-ZERO");
        Assert.Equal(blank.Location.Cells!.Count, implied.Location.Cells!.Count);
        Assert.DoesNotContain(findings, f => f.Code == "NB-P-BLANK-CELLS");
    }

    [Fact]
    public void The_parse_table_keeps_the_parent_rows_as_headings()
    {
        var (exit, stdout, _) = CliProcess.Run("parse", SampleFiles.Path("linxia-city-2023.txt"));
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n').Select(l => l.Trim('│', ' ')).ToList();
        foreach (var (parent, child) in new[] { ("（三）不予公开", "1.属于国家秘密"), ("（四）无法提供", "1.本机关不掌握相关政府信"), ("（五）不予处理", "1.信访举报投诉类申请"), ("（六）其他处理", "1.申请人无正当理由逾期不") })
        {
            var p = lines.FindIndex(l => l.StartsWith(parent, StringComparison.Ordinal));
            Assert.True(p >= 0, parent);
            Assert.StartsWith(child, lines[p + 1]);
        }
    }
}
