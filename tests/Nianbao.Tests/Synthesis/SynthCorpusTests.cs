using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;
using Nianbao.Tests.CheckCli;
using Nianbao.Writing;

namespace Nianbao.Tests.Synthesis;

/// <summary>The generator itself (docs/synthesis.md): deterministic, consistent, realistic, its truth readable.</summary>
public class SynthCorpusTests
{
    static List<SynthReport> Make(int count, int seed, double errors = 0) => [.. SynthCorpus.Generate(new SynthOptions(count, seed, errors))];

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_reports()
    {
        var a = Make(20, 7, 0.5);
        var b = Make(20, 7, 0.5);
        foreach (var rendering in SynthRenderings.Default)
            for (var i = 0; i < a.Count; i++)
                if (rendering == SynthRendering.Docx) Assert.Equal(DocumentXml(SynthCorpus.Render(a[i], rendering)), DocumentXml(SynthCorpus.Render(b[i], rendering)));
                else Assert.Equal(SynthCorpus.Render(a[i], rendering), SynthCorpus.Render(b[i], rendering));
        Assert.Equal(a.Select(SynthCorpus.TruthJson), b.Select(SynthCorpus.TruthJson));
        Assert.NotEqual(a.Select(r => r.Truth.Agency), Make(20, 8, 0.5).Select(r => r.Truth.Agency));
    }

    /// <summary>The DOCX's document part: the Word SDK names the package's relationships with fresh ids each time.</summary>
    static string DocumentXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Reports_without_injected_errors_break_no_rule_of_their_own_or_across_years()
    {
        var reports = Make(400, 3);
        var byName = reports.ToDictionary(r => r.Name);
        foreach (var r in reports)
        {
            var previous = r.Previous is { } p ? byName[p].Truth : null;
            var errors = ReportChecker.CheckOne(r.Truth, previous, ReportTemplate.Embedded).Where(f => f.Severity == Severity.Error || f.Code.StartsWith("NB-XY-", StringComparison.Ordinal) && f.Code != "NB-XY-TEXT").ToList();
            Assert.True(errors.Count == 0, $"{r.Name}: " + string.Join("; ", errors.Select(e => $"{e.Code} {e.Message("en")}")));
        }
    }

    [Fact]
    public void The_corpus_looks_like_real_units()
    {
        var reports = Make(1000, 11);
        long Received(SynthReport r) => r.Truth.Value(Keys.Tables.Applications, Keys.Applications.Rows.NewReceived, Keys.Applications.Columns.Total).Integer ?? 0;
        var received = reports.Select(Received).Order().ToList();
        // Most units small or all zero, a long tail of large ones.
        Assert.InRange(received.Count(v => v == 0), 250, 700);
        Assert.True(received[received.Count / 2] <= 10, $"median {received[received.Count / 2]}");
        Assert.True(received[^1] >= 300, $"largest {received[^1]}");
        Assert.All(new[] { "province", "city", "county", "department", "township" }, k => Assert.Contains(reports, r => r.UnitKind == k));
        Assert.Contains(reports, r => r.Truth.Format == FormatId.F2019);
        Assert.Contains(reports, r => r.Truth.Format == FormatId.F2021);
        Assert.Contains(reports, r => r.Previous is not null);
        Assert.Contains(reports, r => r.Truth.Tables.Values.Any(t => t.All.Any(c => c.Value.State == ValueState.Blank)));
    }

    [Fact]
    public void Every_kind_of_error_is_injected_and_recorded_in_the_truth()
    {
        var reports = Make(600, 5, errors: 0.5);
        var kinds = reports.SelectMany(r => r.Errors).Select(e => e.Kind).ToHashSet();
        Assert.Equal(InjectedKinds.All.Order(), kinds.Order());
        var withError = reports.First(r => r.Errors.Count > 0);
        var json = System.Text.Json.Nodes.JsonNode.Parse(SynthCorpus.TruthJson(withError))!;
        Assert.Equal(withError.Errors[0].Kind, json["injected"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void The_truth_file_reads_back_as_the_truth_through_the_fill_in_reader()
    {
        foreach (var r in Make(30, 9))
        {
            var back = FillIn.Read(System.Text.Encoding.UTF8.GetBytes(SynthCorpus.TruthJson(r)), r.Name + ".truth.json", ReportTemplate.Embedded);
            Assert.Equal((r.Truth.Format, r.Truth.Year, r.Truth.Agency), (back.Format, back.Year, back.Agency));
            foreach (var (table, values) in r.Truth.Tables)
                foreach (var (row, column, value) in values.All)
                    Assert.Equal((value.Integer, value.Text), (back.Value(table, row, column).Integer, back.Value(table, row, column).Text));
        }
    }

    [Fact]
    public void The_command_writes_each_rendering_with_its_truth_beside_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nianbao-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, stdout, stderr) = CliProcess.Run("synth", "--count", "4", "--seed", "2", "--out", dir, "--renderings", "pipe,gbk,docx", "--errors", "0.5", "--lang", "en");
            Assert.True(exit == 0, stderr);
            Assert.Contains("4 reports, 12 files", stdout);
            var truths = Directory.GetFiles(dir, "*.truth.json");
            Assert.Equal(4, truths.Length);
            foreach (var t in truths)
                foreach (var ext in new[] { ".pipe.txt", ".gbk.html", ".docx" })
                    Assert.True(File.Exists(t.Replace(".truth.json", ext)), t + ext);
            var bad = CliProcess.Run("synth", "--count", "1", "--out", dir, "--renderings", "fax");
            Assert.Equal(1, bad.Exit);
            Assert.Contains("fax", bad.Err);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}

/// <summary>Reader fixes the synthetic corpus found, each pinned by the smallest case.</summary>
public class SynthFoundReaderTests
{
    [Fact]
    public void An_amount_with_its_unit_ends_a_whitespace_row()
    {
        // 政府集中采购    23    9000元 was taken for text: 23 went into the label and 9000 was split as [900, 0].
        var text = "某县人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（九）项\n信息内容    采购项目数量    采购总金额\n政府集中采购    23    9000元\n";
        var report = ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "spaces.txt");
        Assert.Equal(23L, report.Value(Keys.Tables.ActiveDisclosure, Keys.ActiveDisclosure.Rows.Procurement, Keys.ActiveDisclosure.Columns.Projects).Integer);
        Assert.Equal("9000元", report.Value(Keys.Tables.ActiveDisclosure, Keys.ActiveDisclosure.Rows.Procurement, Keys.ActiveDisclosure.Columns.Amount).Text);
    }
}
