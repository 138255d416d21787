using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nianbao.Analysis;
using Nianbao.Corpus.Analysis;
using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Tests.Corpus;
using Nianbao.Tests.Pdf;

namespace Nianbao.Tests.Analysis;

/// <summary>
/// Charts in the HTML outputs (issue 11 item 7): Apache ECharts from npm embedded at build time, the chart data in
/// the page, no network; and a real browser (headless Chromium) draws them.
/// </summary>
public partial class ChartTests
{
    static readonly List<Report> Samples = TestCorpus.Samples.Select(f => ReportParser.ParseFile(f)).ToList();

    [GeneratedRegex("data-nb-chart=\"([^\"]*)\"")]
    private static partial Regex ChartData();

    static List<JsonObject> Charts(string html) =>
        ChartData().Matches(html).Select(m => JsonNode.Parse(WebUtility.HtmlDecode(m.Groups[1].Value))!.AsObject()).ToList();

    [Fact]
    public void The_bundled_echarts_is_the_pinned_npm_package()
    {
        Assert.Equal("6.1.0", ChartAssets.EchartsVersion);
        var script = System.Text.Encoding.UTF8.GetString(ChartAssets.Read(ChartAssets.Echarts));
        Assert.True(script.Length > 500_000);
        Assert.Contains("Apache Software Foundation", script);
        Assert.Contains("echarts.init", System.Text.Encoding.UTF8.GetString(ChartAssets.Read(ChartAssets.Charts)));
        Assert.Throws<ArgumentException>(() => ChartAssets.Read("../template.json"));
    }

    [Fact]
    public void The_stats_page_inlines_the_scripts_and_carries_the_chart_data()
    {
        var s = CorpusStatistics.Compute(Samples, StatsDimension.Year);
        var html = StatsHtml.Page(s, "zh");
        Assert.Contains(System.Text.Encoding.UTF8.GetString(ChartAssets.Read(ChartAssets.Echarts))[..2000], html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        var charts = Charts(html);
        Assert.Equal(3, charts.Count);
        // Rates by year: the disclosure rate of 2021 (48/72), none for 2022 (0/0 is below the minimum), 75 % for 2023.
        var rates = charts[0]["series"]![0]!;
        Assert.Equal("[66.7,null,75]", rates["data"]!.ToJsonString());
        Assert.Equal("[\"2021\",\"2022\",\"2023\"]", charts[0]["xAxis"]!["data"]!.ToJsonString());
        // Outcome mix: disclosed 48, 0, 18; withheld 0, 0, 2 (lhasa's blank withheld rows leave it out of that count).
        Assert.Equal("[48,0,18]", charts[1]["series"]![0]!["data"]!.ToJsonString());
        Assert.Equal("[0,0,2]", charts[1]["series"]![1]!["data"]!.ToJsonString());
        // Distribution across the reports: lhasa (66.7 %) and linxia (75 %) reach 20 applications; the others do not.
        Assert.Equal("[0,0,0,0,0,0,1,1,0,0]", charts[2]["series"]![0]!["data"]!.ToJsonString());

        var served = StatsHtml.Page(s, "en", assetBaseUrl: "/assets/");
        Assert.Contains("<script src=\"/assets/echarts.min.js\"></script>", served);
        Assert.Contains("<script src=\"/assets/nianbao-charts.js\"></script>", served);
        Assert.DoesNotContain("Apache Software Foundation", served);
        Assert.Equal(3, Charts(served).Count);
    }

    [Fact]
    public void Headless_chromium_draws_every_chart_of_the_stats_and_compare_pages()
    {
        var dir = Directory.CreateTempSubdirectory("nianbao-charts-");
        try
        {
            var stats = Path.Combine(dir.FullName, "stats.html");
            File.WriteAllText(stats, StatsHtml.Page(CorpusStatistics.Compute(Samples, StatsDimension.Year), "zh"));
            var dom = DumpDom(stats, dir.FullName);
            Assert.Equal(3, Regex.Matches(dom, "data-nb-drawn=\"true\"").Count);
            Assert.True(Regex.Matches(dom, "<svg").Count >= 3, "each chart draws an SVG");
            Assert.Contains("予以公开、部分公开", Regex.Replace(string.Concat(Regex.Matches(dom, "<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value)), @"\s", ""));

            var compare = Path.Combine(dir.FullName, "compare.html");
            var c = ReportComparer.Compare(Samples.Single(r => r.Year == 2021), Samples.Single(r => r.Year == 2022), Template.ReportTemplate.Embedded);
            File.WriteAllText(compare, ComparisonOutput.Html(c, Template.ReportTemplate.Embedded, "zh"));
            Assert.Equal(3, Regex.Matches(DumpDom(compare, dir.FullName), "data-nb-drawn=\"true\"").Count);
        }
        finally { dir.Delete(true); }
    }

    /// <summary>The page's DOM after its scripts ran, as headless Chromium serialises it (file:// only, no network).</summary>
    static string DumpDom(string html, string profileRoot)
    {
        var start = new ProcessStartInfo(ChromiumPdf.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", $"--user-data-dir={Path.Combine(profileRoot, "profile")}",
            "--virtual-time-budget=5000", "--dump-dom", new Uri(html).AbsoluteUri,
        }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var dom = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromSeconds(90))) { p.Kill(true); throw new TimeoutException($"chromium did not load {html}"); }
        Assert.True(dom.Length > 0, $"chromium printed no DOM: {stderr.Result}");
        return dom;
    }
}
