using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Tests.Stages;

/// <summary>Table 四: fifteen numbers placed by position under the header (docs/format.md §2.5, §9.3 step 9).</summary>
public class PositionalRowReaderTests
{
    const string Header = "行政复议 | 行政诉讼 | |||||||||||||\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||\n"
        + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||\n";

    static Model.TableValues? Values(string text, List<Finding>? findings = null)
    {
        var reading = PositionalRowReader.Read(ReportText.Template.Table("review_litigation", new FormatId("2021"))!, FormatId.F2021, ReportText.Stream(text), ReportText.Template);
        findings?.AddRange(reading.Findings);
        return reading.Values;
    }

    static long?[] Numbers(Model.TableValues v) => v.All.Select(c => c.Value.Integer).ToArray();

    static string Row(IEnumerable<string> cells) => string.Join(" | ", cells) + " |\n";

    static IEnumerable<string> Fifteen => Enumerable.Range(0, 15).Select(p => ReportText.ReviewValue(p).ToString());

    [Fact]
    public void Pipe_row_by_position()
    {
        var findings = new List<Finding>();
        var v = Values(Header + Row(Fifteen), findings)!;
        Assert.Equal(Enumerable.Range(0, 15).Select(p => (long?)ReportText.ReviewValue(p)), Numbers(v));
        Assert.Equal(ReportText.ReviewValue(5), v["litigation_direct", "upheld"].Integer);
        Assert.Empty(findings);
    }

    [Fact]
    public void Stray_question_marks_are_dropped_and_counted()
    {
        var findings = new List<Finding>();
        var v = Values(Header + Row(Enumerable.Range(0, 15).Select(p => p % 2 == 0 ? "?0" : "0?")), findings)!;
        Assert.All(Numbers(v), n => Assert.Equal(0, n));
        var f = Assert.Single(findings);
        Assert.Equal("NB-P-STRAY-MARK", f.Code);
        Assert.Equal(15, f.Arg("count"));
    }

    [Fact]
    public void A_blank_first_value_keeps_its_place()
    {
        var v = Values(Header + " | " + Row(Fifteen.Skip(1)))!;
        Assert.Equal(ValueState.Blank, v["review", "upheld"].State);
        Assert.Equal(ReportText.ReviewValue(1), v["review", "corrected"].Integer);
        Assert.Equal(ReportText.ReviewValue(14), v["litigation_after_review", "total"].Integer);
    }

    [Fact]
    public void One_cell_per_line()
    {
        var text = "行政复议 |\n行政诉讼 |\n|||||\n结果维持 |\n结果纠正 |\n其他结果 |\n尚未审结 |\n总计 |\n|||||\n"
            + string.Concat(Fifteen.Select(n => n + " |\n"));
        Assert.Equal(Enumerable.Range(0, 15).Select(p => (long?)ReportText.ReviewValue(p)), Numbers(Values(text)!));
    }

    [Fact]
    public void Whitespace_row()
    {
        var text = "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n" + string.Join(" ", Fifteen) + "\n";
        Assert.Equal(Enumerable.Range(0, 15).Select(p => (long?)ReportText.ReviewValue(p)), Numbers(Values(text)!));
    }

    [Fact]
    public void Fourteen_values_are_all_null_with_a_finding()
    {
        var findings = new List<Finding>();
        var v = Values(Header + Row(Fifteen.Take(14)), findings)!;
        Assert.All(v.All, c => Assert.Equal(ValueState.Unreadable, c.Value.State));
        var f = Assert.Single(findings);
        Assert.Equal("NB-P-T4-COUNT", f.Code);
        Assert.Equal(14, f.Arg("found"));
    }

    [Fact]
    public void Numbers_before_the_header_are_not_the_table()
    {
        Assert.Null(Values("规章 | 1 | 2 | 3 |\n行政许可 | 7 | ||\n"));
        Assert.Null(Values("（七）总计 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |\n" + Header));
    }
}
