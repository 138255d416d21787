using Nianbao.Documents;
using Nianbao.Extraction.Narrative;
using Nianbao.Reading.Pdf;

namespace Nianbao.Tests.Pdf;

/// <summary>
/// A PDF's running text is wrapped by the page: the statistics period of a Word file printed by LibreOffice reads
/// "…统计期限为 2022 年 1 月 1 日至 2022 年" / "12 月 31 日。" on two lines. A line that reaches the right margin without
/// ending a sentence is continued by the next line at the left margin (a paragraph's first line is indented), so the
/// period and the figures are read as in every other rendering; a numbered heading is never joined to the text before it.
/// </summary>
public class WrappedParagraphTests
{
    static string Word(double x0, double y, double x1, string text) =>
        $"""<word xMin="{x0}" yMin="{y}" xMax="{x1}" yMax="{y + 20.8}">{text}</word>""";

    static List<string> Lines(params string[] words)
    {
        var xhtml = $"""
            <html xmlns="http://www.w3.org/1999/xhtml"><body><doc>
            <page width="595.3" height="841.9">{string.Concat(words)}</page></doc></body></html>
            """;
        var pages = BboxLayout.Parse(new StringReader(xhtml));
        return [.. TextLayerLayout.Read(pages, s => s).OfType<LineBlock>().Select(l => l.Line.Raw)];
    }

    [Fact]
    public void A_statistics_period_wrapped_at_the_margin_is_one_line_and_is_read()
    {
        var lines = Lines(
            Word(111.5, 350, 220, "一、总体情况"),
            Word(111.5, 378, 306.1, "本报告所列数据统计期限为"), Word(309.3, 378, 340.5, "2022"), Word(343.7, 378, 360, "年"),
            Word(363.2, 378, 373.4, "1"), Word(376.6, 378, 392.6, "月"), Word(395.8, 378, 406, "1"), Word(409.2, 378, 441.2, "日至"),
            Word(444.4, 378, 475.6, "2022"), Word(478.8, 378, 514.8, "年"),
            Word(79.5, 406, 99.9, "12"), Word(103.1, 406, 119.1, "月"), Word(122.3, 406, 142.7, "31"), Word(145.9, 406, 177.9, "日。"),
            Word(111.5, 434, 514.8, "2022年，泰昌市林业和草原局按照上级关于政务公开工"),
            Word(79.5, 462, 515.0, "作的部署要求，健全工作机制，规范公开程序，政府信息公开"),
            Word(79.5, 490, 200, "工作有序推进。"),
            Word(111.5, 518, 240, "（一）主动公开"));
        Assert.Equal([
            "一、总体情况",
            "本报告所列数据统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。",
            "2022年，泰昌市林业和草原局按照上级关于政务公开工作的部署要求，健全工作机制，规范公开程序，政府信息公开工作有序推进。",
            "（一）主动公开",
        ], lines);
        Assert.Equal(2022, YearFigures.Period(lines[1])?.Year);
    }

    [Fact]
    public void A_line_that_ends_a_sentence_or_a_numbered_heading_is_not_joined()
    {
        var lines = Lines(
            Word(79.5, 350, 514.8, "全年通过政府网站主动公开政府信息1350条，发布政策解读11篇。"),
            Word(79.5, 378, 515.0, "对本机关制发的规范性文件进行了清理，现行有效规范性文件"),
            Word(79.5, 406, 200, "二、主动公开政府信息情况"),
            Word(79.5, 434, 515.0, "持续加强政府网站和政务新媒体建设，及时更新发布各类信"),
            Word(79.5, 462, 200, "（三）政府信息管理"));
        Assert.Equal(5, lines.Count);
    }

    [Fact]
    public void A_year_with_a_space_before_its_character_is_a_year() =>
        Assert.Equal([(2023, 10)], YearFigures.Years("泰昌市林业和草原局 2023 年政府信息公开工作年度报告").ToList());
}
