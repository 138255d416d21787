using System.Text;
using Nianbao.Documents;
using Nianbao.Reading;
using Nianbao.Segmenting;
using Nianbao.Template;

namespace Nianbao.Tests.RunTogether;

/// <summary>GluedLines: a dump that lost its line breaks is cut at the template's words (format.md §9.3 step 9).</summary>
public class GluedLinesTests
{
    static SourceDocument Read(string text) => SourceReader.Read(Encoding.UTF8.GetBytes(text), "dump.txt", InputLimits.Default);

    static List<string> Lines(string text) =>
        GluedLines.Split(Read(text), ReportTemplate.Embedded).Blocks.Select(b => b.ToString()!).ToList();

    [Fact]
    public void Headings_glued_to_the_sentence_before_start_their_own_line()
    {
        var lines = Lines("本报告依据《条例》的通知要求编制本报告。一、总体情况2023年，我县主动公开信息。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000");
        Assert.Contains("一、总体情况", lines);
        Assert.Contains("二、主动公开政府信息情况", lines);
        Assert.Contains("2023年，我县主动公开信息。", lines);
        Assert.Contains("规章000", lines);
    }

    [Fact]
    public void The_ordinal_after_a_rows_digits_starts_the_next_row()
    {
        var lines = Lines("三、收到和处理政府信息公开申请情况（三）不予公开1.属于国家秘密00000022.其他法律行政法规禁止公开0000000三、本年度办理结果");
        Assert.Contains("1.属于国家秘密0000002", lines);
        Assert.Contains("2.其他法律行政法规禁止公开0000000", lines);
        Assert.Contains("（三）不予公开", lines);
        Assert.Contains("三、本年度办理结果", lines);
    }

    [Fact]
    public void Table_four_run_goes_on_its_own_line_and_a_stray_space_is_not_a_separator()
    {
        var doc = GluedLines.Split(Read("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计1100210 00100000五、存在的主要问题及改进情况无。"), ReportTemplate.Embedded);
        var run = doc.Blocks.OfType<LineBlock>().Single(b => char.IsAsciiDigit(b.Line.Text[0])).Line;
        Assert.Equal("110021000100000", run.Text);
        Assert.Equal("1100210 00100000", run.Raw);
        Assert.Contains(doc.Findings, f => f.Code == "NB-P-GLUED-LINES");
    }

    [Fact]
    public void Lines_laid_out_with_spaces_or_bars_are_not_cut()
    {
        var doc = Read("二、主动公开政府信息情况\n行政规范性文件 7 0 108\n规章 1 1 50\n三、收到和处理政府信息公开申请情况\n");
        Assert.Same(doc, GluedLines.Split(doc, ReportTemplate.Embedded));
    }
}
