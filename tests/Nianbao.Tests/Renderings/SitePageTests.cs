using Nianbao.Model;

namespace Nianbao.Tests.Renderings;

/// <summary>
/// A report inside a government site page (docs/format.md §9.1 A14–A16): navigation, breadcrumbs, a sidebar of other
/// articles (one of them another year's report), a CMS info table, font/share/print tools, footer and script, and a
/// layout table around the article. None of it may leak into the title, agency, year or sections.
/// </summary>
public class SitePageTests
{
    static readonly string[] Chrome = ["版权所有", "ICP备", "网站标识码", "分享到", "打印本页", "关闭窗口", "【大", "当前位置", "相关信息", "isInvalid", "doZoom"];

    static Report Parse(string file) => RenderingFiles.Parse(file);

    [Theory]
    [MemberData(nameof(RenderingFiles.Chrome), MemberType = typeof(RenderingFiles))]
    public void Chrome_stays_out_of_the_sections(string file)
    {
        var report = Parse(file);
        Assert.Equal(6, report.Sections.Count);
        foreach (var (key, section) in report.Sections)
            foreach (var chrome in Chrome)
                Assert.False(section.Text.Contains(chrome, StringComparison.Ordinal), $"{file}: section {key} holds page chrome '{chrome}'");
        Assert.DoesNotContain("版权所有", report.Sections["other"].Text);
    }

    [Theory]
    [MemberData(nameof(RenderingFiles.Chrome), MemberType = typeof(RenderingFiles))]
    public void The_sidebar_report_of_another_year_is_not_the_title(string file)
    {
        var report = Parse(file);
        var expected = Samples.SampleFiles.Expected(RenderingFiles.SampleOf(file));
        var year = expected.GetProperty("year").GetInt32();
        var title = report.Metadata["title"].Value;
        Assert.Contains($"{year}年", title);
        Assert.DoesNotContain($"{year - 1}年", title);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Agency);
        Assert.Equal(year, report.Year);
        // The page really does carry that other title, so the test would catch it being taken.
        Assert.Contains($"{year - 1}年政府信息公开工作年度报告", File.ReadAllText(RenderingFiles.PathOf(file), GbkEncoding()));
    }

    [Theory]
    [MemberData(nameof(RenderingFiles.Chrome), MemberType = typeof(RenderingFiles))]
    public void The_CMS_info_table_gives_metadata(string file)
    {
        var report = Parse(file);
        var expected = Samples.SampleFiles.Expected(RenderingFiles.SampleOf(file));
        var year = expected.GetProperty("year").GetInt32();
        Assert.StartsWith("11620000-", report.Metadata["index_no"].Value);
        Assert.Equal($"{year + 1}-01-20", report.Metadata["published"].Value);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Metadata["issuer"].Value);
    }

    static System.Text.Encoding GbkEncoding()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("gb18030");
    }
}
