using System.Text.Json;
using Nianbao.Analysis;
using Nianbao.Corpus.Analysis;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Corpus;

namespace Nianbao.Tests.Analysis;

/// <summary>
/// stats (issue 11 item 6) on the five samples against values worked out by hand from samples/expected/*.json:
/// table 三 总计 column — lhasa 2021: new 72, granted 48, natural persons 61, unavailable_needs_creation blank;
/// linxia 2023: new 24, granted 18, withheld (law) 2, not held 4, natural persons 24, review 1 upheld + 1 corrected,
/// litigation 1 upheld; erkou, maiji, sifangtai: all zeros.
/// </summary>
public class StatsTests
{
    static readonly List<Report> Samples = TestCorpus.Samples.Select(f => ReportParser.ParseFile(f)).ToList();

    [Fact]
    public void Overall_rates_divide_summed_numerators_by_summed_denominators()
    {
        var s = CorpusStatistics.Compute(Samples, StatsDimension.None);
        Assert.Equal(5, s.Overall.Reports);
        AssertRate(s.Overall.Metric("disclosure_rate"), 18 + 48, 24 + 72, 66m * 100 / 96, counted: 5);   // 68.75 %, not the mean of 75 % and 66.7 %
        AssertRate(s.Overall.Metric("natural_person_share"), 24 + 61, 96, 85m * 100 / 96, counted: 5);
        AssertRate(s.Overall.Metric("carry_over_rate"), 0, 96, 0m, counted: 5);
        AssertRate(s.Overall.Metric("cases_per_100_applications"), 2 + 1, 96, 3m * 100 / 96, counted: 5);
        // Lhasa's blank 2.没有现成信息需要另行制作 is null, never 0: the report is left out of the metrics that need it.
        AssertRate(s.Overall.Metric("unavailable_rate"), 4, 24, 4m * 100 / 24, counted: 4);
        Assert.Equal(1, s.Overall.Metric("unavailable_rate").Excluded);
    }

    [Fact]
    public void A_tiny_denominator_gives_no_rate_and_says_so()
    {
        var s = CorpusStatistics.Compute(Samples, StatsDimension.None);
        var review = s.Overall.Metric("review_correction_rate");
        Assert.Equal((1L, 2L, MetricStatus.BelowMinimum), (review.Numerator, review.Denominator, review.Status));
        Assert.Null(review.Rate);
        var withheld = s.Overall.Metric("refusal_withheld");
        Assert.Equal((2L, 6L, MetricStatus.BelowMinimum), (withheld.Numerator, withheld.Denominator, withheld.Status));
        Assert.Contains("分母不足 20，不计算", StatsOutput.Text(s, "zh"));
        Assert.Contains("denominator below 20", StatsOutput.Text(s, "en"));
        Assert.StartsWith("All reports together;", StatsOutput.Text(s, "en"));
        Assert.StartsWith("按年度统计；", StatsOutput.Text(CorpusStatistics.Compute(Samples, StatsDimension.Year), "zh"));
        // With the guard lowered, the same sums give the rates.
        var low = CorpusStatistics.Compute(Samples, StatsDimension.None, minimumDenominator: 1);
        AssertRate(low.Overall.Metric("review_correction_rate"), 1, 2, 50m, counted: 5);
        AssertRate(low.Overall.Metric("litigation_correction_rate"), 0, 1, 0m, counted: 5);
        var mix = MetricCatalog.All.Where(m => m.Family == MetricCatalog.RefusalMix).Select(m => low.Overall.Metric(m.Key).Rate!.Value).ToList();
        Assert.Equal([2m * 100 / 6, 4m * 100 / 6, 0m, 0m], mix);
        // Nothing to divide by: no rate either, whatever the guard.
        var zero = CorpusStatistics.Compute(Samples.Where(r => r.Year == 2022), StatsDimension.None, 1).Overall.Metric("disclosure_rate");
        Assert.Equal((0L, MetricStatus.BelowMinimum), (zero.Denominator, zero.Status));
        Assert.Null(zero.Rate);
    }

    [Fact]
    public void Groups_by_year_level_and_type()
    {
        var byYear = CorpusStatistics.Compute(Samples, StatsDimension.Year);
        Assert.Equal(["2021", "2022", "2023"], byYear.Groups.Select(g => g.Key));
        Assert.Equal([1, 1, 3], byYear.Groups.Select(g => g.Reports));
        AssertRate(byYear.Groups[2].Metric("disclosure_rate"), 18, 24, 75m, counted: 3);
        AssertRate(byYear.Groups[0].Metric("disclosure_rate"), 48, 72, 48m * 100 / 72, counted: 1);
        var byRegion = CorpusStatistics.Compute(Samples, StatsDimension.Region);
        Assert.Contains(byRegion.Groups, g => g.Key == "54" && g.Label == "西藏自治区");
        Assert.Contains(byRegion.Groups, g => g.Key == "62" && g.Label == "甘肃省");
        Assert.Equal(5, byRegion.Groups.Sum(g => g.Reports));
    }

    [Theory]
    [MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void The_corpus_gives_the_same_sums_as_the_files(string engine)
    {
        using var corpus = new TestCorpus(engine);
        var db = CorpusDb.Open(corpus.Target);
        Importer.Import(db, TestCorpus.Samples);
        var fromDb = CorpusStatistics.Compute(db, ReportFilter.All, StatsDimension.Year);
        var fromFiles = CorpusStatistics.Compute(Samples, StatsDimension.Year);
        Assert.Equal(fromFiles.Groups.Select(g => g.Key), fromDb.Groups.Select(g => g.Key));
        foreach (var (a, b) in fromFiles.Groups.Append(fromFiles.Overall).Zip(fromDb.Groups.Append(fromDb.Overall)))
            Assert.Equal(a.Metrics, b.Metrics);
        var only2023 = CorpusStatistics.Compute(db, new ReportFilter { Year = 2023 }, StatsDimension.None);
        AssertRate(only2023.Overall.Metric("disclosure_rate"), 18, 24, 75m, counted: 3);

        // The export carries each report's numerators and denominators (the same implementation): their column sums are the totals.
        var csv = corpus.File("data.csv");
        Nianbao.Corpus.Export.Exporter.Export(db, ReportFilter.All, Nianbao.Corpus.Export.ExportFormat.Csv, csv);
        using var reader = new StreamReader(csv);
        using var parsed = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = parsed.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, rows.Count);
        foreach (var m in fromDb.Overall.Metrics)
        {
            long Sum(string part) => rows.Select(r => (string)r[$"metric.{m.Key}.{part}"]).Where(x => x.Length > 0).Sum(long.Parse);
            Assert.Equal((m.Numerator, m.Denominator, m.Counted), (Sum("numerator"), Sum("denominator"), rows.Count(r => ((string)r[$"metric.{m.Key}.denominator"]).Length > 0)));
        }
        Assert.Equal("", rows.Single(r => (string)r["year"] == "2021")["metric.unavailable_rate.numerator"]);   // lhasa's blank: empty, never 0
    }

    [Fact]
    public void The_cli_writes_text_json_csv_and_html()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "samples");
        var text = CliProcess.Run("stats", dir, "--by", "year");
        Assert.Equal(0, text.Exit);
        Assert.Contains("68.8%", text.Out);
        var json = CliProcess.Run("stats", dir, "--format", "json", "--lang", "en");
        Assert.Equal(0, json.Exit);
        var root = JsonDocument.Parse(json.Out).RootElement;
        var disclosure = root.GetProperty("overall").GetProperty("values").GetProperty("disclosure_rate");
        Assert.Equal(68.75m, disclosure.GetProperty("rate").GetDecimal());
        Assert.Equal("below_minimum", root.GetProperty("overall").GetProperty("values").GetProperty("review_correction_rate").GetProperty("status").GetString());
        var csv = CliProcess.Run("stats", dir, "--format", "csv", "--min-denominator", "1");
        Assert.Contains("review_correction_rate,行政复议纠错率（结果纠正 ÷ 已审结）,1,2,50,percent,rate", csv.Out);
        var html = CliProcess.Run("stats", dir, "--format", "html", "--by", "region");
        Assert.Contains("甘肃省", html.Out);
        var missing = CliProcess.Run("stats", dir, Path.Combine(dir, "no-such-file.txt"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("68.8%", missing.Out);   // one bad input never loses the others' results
    }

    static void AssertRate(MetricValue v, long numerator, long denominator, decimal rate, int counted)
    {
        Assert.Equal((numerator, denominator, counted, MetricStatus.Rate), (v.Numerator, v.Denominator, v.Counted, v.Status));
        Assert.Equal(Math.Round(rate, 10), Math.Round(v.Rate!.Value, 10));
    }
}
