using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Tests.CheckCli;
using Nianbao.Tests.Corpus;
using Nianbao.Tests.Samples;
using Nianbao.Writing;
using A = Nianbao.Template.Keys.Applications;

namespace Nianbao.Tests.Analysis;

/// <summary>compare on corpus ids (issue 11 item 4): lhasa-city-2021 and two later years built from it, imported; the
/// HTML charts the agency's every year in the corpus.</summary>
public class CompareCorpusTests
{
    [Fact]
    public void Compare_takes_corpus_ids_and_charts_every_year_of_the_agency()
    {
        using var corpus = new TestCorpus("sqlite");
        var files = new List<string> { SampleFiles.Path("lhasa-city-2021.txt") };
        foreach (var year in new[] { 2022, 2023 })
        {
            var r = ReportParser.ParseFile(files[0]);
            r.Year = year;
            r.Metadata.Clear();
            r.Tables[Template.Keys.Tables.Applications][A.Rows.NewReceived, A.Columns.NaturalPerson] = CellValue.OfInteger(61 + year - 2021, "", null);
            files.Add(corpus.File($"lhasa-{year}.md"));
            File.WriteAllBytes(files[^1], ReportWriter.Write(r, WriteTarget.Markdown));
        }
        var db = CorpusDb.Open(corpus.Target);
        Importer.Import(db, files.ToArray());
        var ids = CorpusQuery.Reports(db, ReportFilter.All).OrderBy(r => r.Year).Select(r => r.Id.ToString()).ToList();
        Assert.Equal(3, ids.Count);

        var text = CliProcess.Run("compare", ids[1], ids[0], "--db", corpus.Target);
        Assert.Equal(0, text.Exit);
        Assert.Contains("拉萨市人民政府 2021", text.Out);
        Assert.Contains("applications.new_received.natural_person", text.Out);
        Assert.Contains("61 → 62 (+1)", text.Out);

        var html = corpus.File("compare.html");
        Assert.Equal(0, CliProcess.Run("compare", ids[0], ids[1], "--db", corpus.Target, "--format", "html", "--out", html).Exit);
        var page = File.ReadAllText(html);
        var charts = Regex.Matches(page, "data-nb-chart=\"([^\"]*)\"").Select(m => JsonNode.Parse(WebUtility.HtmlDecode(m.Groups[1].Value))!).ToList();
        Assert.Equal(3, charts.Count);
        Assert.All(charts, c => Assert.Equal("[\"2021\",\"2022\",\"2023\"]", c["xAxis"]!["data"]!.ToJsonString()));
        Assert.Equal("[72,72,72]", charts[0]["series"]![0]!["data"]!.ToJsonString());   // applications received, every year

        var missing = CliProcess.Run("compare", ids[0], "424242", "--db", corpus.Target);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("424242", missing.Err);
    }
}
