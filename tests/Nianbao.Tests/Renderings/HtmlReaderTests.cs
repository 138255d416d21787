using Nianbao.Documents;
using Nianbao.Reading;
using Nianbao.Template;

namespace Nianbao.Tests.Renderings;

/// <summary>The generic HTML reading the renderings rely on: navigation left out, text with links kept, spans expanded.</summary>
public class HtmlReaderTests
{
    static List<string> Lines(string html) =>
        HtmlSourceReader.FromHtml(html, "t.html").Blocks.OfType<LineBlock>().Select(l => l.Line.Raw).ToList();

    [Theory]
    [InlineData("""<link rel="Canonical stylesheet" href="https://a.gov.cn/1.html"><meta property="og:url" content="https://b.gov.cn/2.html">""", "https://a.gov.cn/1.html")]
    [InlineData("""<link rel="canonical" href="/1.html"><meta property="OG:URL" content="https://b.gov.cn/2.html">""", "https://b.gov.cn/2.html")]
    [InlineData("""<base target="_blank"><base href="https://c.gov.cn/">""", "https://c.gov.cn/")]
    [InlineData("""<link rel="canonical" href="ftp://a.gov.cn/1.html">""", null)]
    public void The_page_address_is_the_first_absolute_one_stated(string head, string? url) =>
        Assert.Equal(url, HtmlSourceReader.FromHtml($"<html><head>{head}</head><body><p>正文</p></body></html>", "t.html").Url);

    [Fact]
    public void Meta_fields_are_found_without_case_and_also_in_the_body()
    {
        var doc = HtmlSourceReader.FromHtml("""
            <html><head><meta NAME="articletitle" content=" 某县2023年政府信息公开工作年度报告 "><meta name="PubDate"></head>
            <body><meta name="pubdate" content="2024-01-05"><meta name="ContentSource" content="某县人民政府办公室"><p>正文</p></body></html>
            """, "t.html");
        Assert.Equal("某县2023年政府信息公开工作年度报告", doc.StatedMetadata[Keys.Metadata.Title].Value);
        Assert.Equal("2024-01-05", doc.StatedMetadata[Keys.Metadata.Published].Value);
        Assert.Equal("某县人民政府办公室", doc.StatedMetadata[Keys.Metadata.Issuer].Value);
    }

    [Fact]
    public void A_list_of_links_is_navigation()
    {
        var lines = Lines("<ul><li><a href=1>某某区2022年政府信息公开工作年度报告</a></li><li><a href=2>政府信息公开指南</a></li>"
            + "<li><a href=3>政府信息公开制度</a></li></ul><p>正文</p>");
        Assert.Equal(["正文"], lines);
    }

    [Fact]
    public void Running_text_with_links_is_kept()
    {
        var text = "本报告可在<a href=1>市政府门户网站</a>、<a href=2>政务新媒体</a>和<a href=3>政务服务网</a>查询下载，"
            + "如有疑问请与市政府办公室信息公开科联系，联系电话0891-6958870。";
        Assert.Single(Lines($"<p>{text}</p>"));
    }

    [Fact]
    public void Cells_with_paragraphs_and_spans_form_a_grid()
    {
        var doc = HtmlSourceReader.FromHtml("""
            <table><tr><td>layout</td><td>
            <table>
            <tr><td rowspan="2"><p>商业</p><p>企业</p></td><td colspan="2">a</td></tr>
            <tr><td><p class="MsoNormal"><span>&nbsp;</span></p></td><td>7<br></td></tr>
            </table></td></tr></table>
            """, "t.html");
        var grid = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal("商业\n企业", grid.Rows[0][0].Raw);
        Assert.True(grid.Rows[0][2].SpanCopy);
        Assert.True(grid.Rows[1][0].SpanCopy);
        Assert.True(grid.Rows[1][1].IsEmpty);
        Assert.Equal("7", grid.Rows[1][2].Raw);
        Assert.Contains(doc.Blocks, b => b is LineBlock { Line.Raw: "layout" });
    }
}
