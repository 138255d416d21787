using Nianbao.Corpus.Import;
using Nianbao.Corpus.Query;
using Nianbao.Corpus.Storage;
using Nianbao.Tests.CheckCli;

namespace Nianbao.Tests.Corpus;

/// <summary>What the corpus keeps about a source beyond its values (issue 9): where it came from (an HTML page's own
/// address, or a crawl's URL list) and the figures its narrative states; and the labels `list` prints.</summary>
public class SourceDetailsTests
{
    static string Renderings => Path.Combine(AppContext.BaseDirectory, "Data", "renderings");

    [Fact]
    public void An_html_page_that_names_its_address_gets_it_as_its_url()
    {
        using var t = new TestCorpus("sqlite");
        var html = File.ReadAllText(Path.Combine(Renderings, "linxia-city-2023.html"));
        var page = t.File("page.html");
        File.WriteAllText(page, html.Replace("<head>", """<head><link rel="canonical" href="https://www.linxia.gov.cn/xxgk/2024/0131.html">""", StringComparison.OrdinalIgnoreCase));
        var relative = t.File("relative.html");
        File.WriteAllText(relative, html.Replace("<head>", """<head><link rel="canonical" href="/xxgk/2024/0131.html"><base href="/">""", StringComparison.OrdinalIgnoreCase)
            .Replace("临夏市", "临夏县"));
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, [page, relative]);
        Assert.Equal(["page.html https://www.linxia.gov.cn/xxgk/2024/0131.html", "relative.html ∅"], Urls(db));
    }

    [Fact]
    public void A_url_list_gives_each_listed_file_its_address_also_after_the_first_import()
    {
        using var t = new TestCorpus("sqlite");
        var crawl = Directory.CreateDirectory(t.File("crawl")).FullName;
        foreach (var s in TestCorpus.Samples.Take(2)) File.Copy(s, Path.Combine(crawl, Path.GetFileName(s)));
        var first = Path.GetFileName(TestCorpus.Samples[0]);
        var second = Path.GetFileName(TestCorpus.Samples[1]);
        File.WriteAllText(t.File("urls.csv"), $"url,path,title\nhttps://example.gov.cn/{first},crawl/{first},一\n,crawl/{second},二\n");
        var import = CliProcess.Run("import", crawl, "--db", t.Target, "--url-list", t.File("urls.csv"));
        Assert.Equal(0, import.Exit);
        var db = CorpusDb.Open(t.Target, create: false);
        Assert.Equal([$"{first} https://example.gov.cn/{first}", $"{second} ∅"], Urls(db));

        // The address of content already stored is filled in by a later list.
        File.WriteAllText(t.File("more.csv"), $"path,url\n{Path.Combine(crawl, second)},https://example.gov.cn/{second}\n");
        Assert.Equal(0, CliProcess.Run("import", crawl, "--db", t.Target, "--url-list", t.File("more.csv")).Exit);
        Assert.Equal([$"{first} https://example.gov.cn/{first}", $"{second} https://example.gov.cn/{second}"], Urls(db));

        File.WriteAllText(t.File("bad.csv"), $"path,url\ncrawl/{first},ftp://example.gov.cn/x\n");
        var bad = CliProcess.Run("import", crawl, "--db", t.Target, "--url-list", t.File("bad.csv"), "--lang", "en");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("NB-URLLIST-BAD", bad.Err);
        Assert.Contains("row 2", bad.Err);
        Assert.DoesNotContain("   at ", bad.Err);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Narrative_figures_are_stored_read_back_and_exported(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var sample = TestCorpus.Samples.Single(s => s.EndsWith("lhasa-city-2021.txt", StringComparison.Ordinal));
        Importer.Import(db, [sample]);
        var parsed = ReportParser.ParseFile(sample);
        Assert.NotEmpty(parsed.NarrativeFigures);

        var stored = StoredReport.Find(db, "1")!.Report;
        Assert.Equal(parsed.NarrativeFigures, stored.NarrativeFigures);

        var csv = t.File("figures.csv");
        var export = CliProcess.Run("export", "--db", t.Target, "--to", "csv-figures", "--out", csv);
        Assert.Equal(0, export.Exit);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(parsed.NarrativeFigures.Count + 1, lines.Length);
        Assert.StartsWith("report_id,sha256,agency_id,agency,year,format,ordinal,figure,value,unit,section,text,provenance", lines[0]);
        var received = parsed.NarrativeFigures.First(f => f.Key == Nianbao.Template.Keys.Figures.ApplicationsReceived);
        Assert.Contains(lines, l => l.Contains($",{Nianbao.Template.Keys.Figures.ApplicationsReceived},{received.Value},件,", StringComparison.Ordinal));

        var show = CliProcess.Run("show", "1", "--db", t.Target, "--lang", "en");
        Assert.Contains("figures stated in the narrative", show.Out);
        Assert.Contains(Nianbao.Template.Keys.Figures.ApplicationsReceived, show.Out);
    }

    [Fact]
    public void List_prints_type_level_and_scope_labels_in_chinese_and_english_with_lang_en()
    {
        using var t = new TestCorpus("sqlite");
        Assert.Equal(0, CliProcess.Run("import", Path.Combine(AppContext.BaseDirectory, "samples"), "--db", t.Target).Exit);
        var naming = Nianbao.Template.ReportTemplate.Embedded.Naming.Labels;
        var zh = CliProcess.Run("list", "--db", t.Target).Out;
        var en = CliProcess.Run("list", "--db", t.Target, "--lang", "en").Out;
        Assert.Contains(naming.Level["city"].Zh, zh);
        Assert.Contains(naming.Type["department"].Zh, zh);
        Assert.Contains(naming.Scope["own"].Zh, zh);
        Assert.DoesNotContain(" department ", zh);
        Assert.Contains(" department ", en);
        Assert.Contains(" township ", en);
        Assert.DoesNotContain(naming.Type["department"].Zh, en);
    }

    static List<string> Urls(CorpusDb db)
    {
        using var c = db.Connect();
        using var cmd = Db.Command(c, null, "SELECT file_name, url FROM sources ORDER BY file_name");
        using var r = cmd.ExecuteReader();
        var urls = new List<string>();
        while (r.Read()) urls.Add(r.GetString(0) + " " + (Db.Str(r, 1) ?? "∅"));
        return urls;
    }
}
