using Nianbao.Documents;
using Nianbao.Segmenting;

namespace Nianbao.Tests.Stages;

/// <summary>The six section headings and their variants (docs/format.md §2.1), missing sections and page chrome (§9.1 A15–A16).</summary>
public class SectionSegmenterTests
{
    static (IReadOnlyList<SectionSpan> Spans, IReadOnlyList<Model.Finding> Findings, IReadOnlyList<Block> Blocks) Segment(List<string> lines)
    {
        var blocks = ReportText.Blocks(ReportText.Text(lines));
        var (spans, findings) = SectionSegmenter.Segment(blocks, ReportText.Template);
        return (spans, findings, blocks);
    }

    [Fact]
    public void Finds_the_six_canonical_headings_in_order()
    {
        var (spans, findings, _) = Segment(ReportText.Lines());
        Assert.Equal(["overview", "proactive", "applications", "review_litigation", "problems", "other"], spans.Select(s => s.Section.Key));
        Assert.Empty(findings);
        for (var i = 1; i < spans.Count; i++) Assert.Equal(spans[i].HeadingIndex, spans[i - 1].End);
    }

    [Theory]
    [InlineData("四、", "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况", "art50_wording")]
    [InlineData("四、", "四、政府信息公开行政复议和行政诉讼情况", "wording")]
    [InlineData("五、", "五、存在的主要问题和改进情况", "wording")]
    [InlineData("五、", "五、政府信息公开工作存在的主要问题及改进情况", "wording")]
    public void Accepts_known_variants_and_notes_them(string ordinal, string heading, string note)
    {
        var lines = ReportText.Lines();
        lines[lines.FindIndex(l => l.StartsWith(ordinal, StringComparison.Ordinal) && !l.Contains('|'))] = heading;
        var (spans, findings, _) = Segment(lines);
        Assert.Equal(6, spans.Count);
        var f = Assert.Single(findings);
        Assert.Equal("NB-S-HEADING", f.Code);
        Assert.Equal(heading, f.Arg("printed"));
        Assert.Equal(note, Assert.IsType<Template.LabelNote>(f.Arg("note")).Code);
    }

    [Fact]
    public void Accepts_full_width_spaced_and_traditional_headings()
    {
        var lines = ReportText.Lines();
        lines[ReportText.LineOf(lines, "三、收到")] = "三、收到和處理政府信息公開申請情況";
        lines[ReportText.LineOf(lines, "一、总体")] = "一、 总体情况";
        var (spans, findings, _) = Segment(lines);
        Assert.Equal(6, spans.Count);
        Assert.Empty(findings);
    }

    [Fact]
    public void Markdown_headings_are_headings()
    {
        var lines = ReportText.Lines();
        lines[ReportText.LineOf(lines, "一、总体")] = "## 一、总体情况";
        lines[ReportText.LineOf(lines, "五、")] = "**五、存在的主要问题及改进情况**";
        var (spans, findings, _) = Segment(lines);
        Assert.Equal(6, spans.Count);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_missing_section_is_reported_not_guessed()
    {
        var lines = ReportText.Lines();
        lines.RemoveAt(ReportText.LineOf(lines, "五、"));
        var (spans, findings, _) = Segment(lines);
        Assert.Equal(["overview", "proactive", "applications", "review_litigation", "other"], spans.Select(s => s.Section.Key));
        var f = Assert.Single(findings);
        Assert.Equal("NB-S-SECTION", f.Code);
        Assert.Equal("problems", f.Location.Section);
    }

    [Theory]
    [InlineData("（二）主动公开政府信息情况")]
    [InlineData("(三)收到和处理政府信息公开申请情况")]
    [InlineData("【四】政府信息公开行政复议、行政诉讼情况")]
    public void Sub_headings_in_parentheses_are_not_sections(string line)
    {
        var cell = ReportText.Blocks(line).OfType<LineBlock>().Single().Line;
        Assert.Null(HeadingMatcher.Match(cell, ReportText.Template.Sections));
    }

    [Fact]
    public void A_long_sentence_starting_with_an_ordinal_is_not_a_heading()
    {
        var cell = ReportText.Blocks("二、主动公开政府信息情况方面，本机关坚持以公开为常态、不公开为例外，全年主动公开各类信息一千余条。")
            .OfType<LineBlock>().Single().Line;
        Assert.Null(HeadingMatcher.Match(cell, ReportText.Template.Sections));
    }

    [Fact]
    public void Page_chrome_ends_the_last_section()
    {
        var lines = ReportText.Lines();
        lines.AddRange(["扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】", "//是否显示作废图标"]);
        var (spans, _, blocks) = Segment(lines);
        var last = spans[^1];
        Assert.Equal("other", last.Section.Key);
        Assert.Equal("扫一扫在手机打开当前页", ((LineBlock)blocks[last.End]).Line.Raw);
        Assert.Equal(1, last.End - last.BodyStart);
    }

    [Fact]
    public void Script_residue_alone_ends_the_last_section()
    {
        var lines = ReportText.Lines();
        lines.Add("//是否顯示作廢圖標");
        var report = ReportText.Parse(lines);
        Assert.Equal("本年度没有产生信息处理费。", report.Sections["other"].Text);
    }
}
