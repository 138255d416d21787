using Nianbao.Synthesis;
using Nianbao.Tests.RunTogether;
using Nianbao.Tests.Samples;
using Nianbao.Tests.Synthesis;
using Nianbao.Tests.Writing;
using Nianbao.Writing;
using Xunit.Abstractions;

namespace Nianbao.Tests.Converters;

/// <summary>
/// The sources the real converters turn into text (issue 10, docs/accuracy.md "Real converters"): a few synthetic
/// reports (both formats, seed 20261129, no injected errors; <c>NIANBAO_REAL_COUNT</c> for more) as the synthetic
/// corpus renders them to HTML and DOCX, and the five samples as the writer prints them to HTML and DOCX. Every
/// converter runs once per test run.
/// </summary>
public sealed class RealConverterFixture : IDisposable
{
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_REAL_COUNT"), out var n) ? n : 8;

    // NIANBAO_REAL_OUT keeps the sources and the converters' outputs in that folder to look at.
    static readonly string? Keep = Environment.GetEnvironmentVariable("NIANBAO_REAL_OUT") is { Length: > 0 } k ? k : null;
    readonly DirectoryInfo dir = Keep is null ? Directory.CreateTempSubdirectory("nianbao-real-") : Directory.CreateDirectory(Keep);

    public IReadOnlyList<SynthReport> Synth { get; }
    public IReadOnlyList<string> Failed { get; }
    public string Out => Path.Combine(dir.FullName, "out");

    public RealConverterFixture()
    {
        var src = Directory.CreateDirectory(Path.Combine(dir.FullName, "src")).FullName;
        Directory.CreateDirectory(Out);
        Synth = [.. SynthCorpus.Generate(new SynthOptions(Count, Seed: 20261129))];
        foreach (var r in Synth)
        {
            File.WriteAllBytes(Path.Combine(src, r.Name + ".html"), SynthCorpus.Render(r, SynthRendering.Html));
            File.WriteAllBytes(Path.Combine(src, r.Name + ".docx"), SynthCorpus.Render(r, SynthRendering.Docx));
            if (Keep is not null) File.WriteAllText(Path.Combine(dir.FullName, r.Name + ".truth.json"), SynthCorpus.TruthJson(r));
        }
        foreach (var n in SampleFiles.Names)
        {
            var report = RoundTrip.Load(n);
            File.WriteAllBytes(Path.Combine(src, n + ".html"), ReportWriter.Write(report, WriteTarget.Html));
            File.WriteAllBytes(Path.Combine(src, n + ".docx"), ReportWriter.Write(report, WriteTarget.Docx));
        }
        Failed = RealConverter.ConvertAll(src, Out);
    }

    public void Dispose()
    {
        if (Keep is null) dir.Delete(recursive: true);
    }
}

/// <summary>
/// What the converters researchers and crawlers really use (w3m, lynx, elinks, links, html2text, pandoc, docx2txt, LibreOffice, pdftotext) make
/// of our renderings, read back and scored cell by cell: exact, honest null (with a finding) or wrong. Never a wrong
/// value, and at least the converter's floor of cells read exactly (docs/accuracy.md "Real converters").
/// </summary>
public class RealConverterTests(RealConverterFixture fixture, ITestOutputHelper output) : IClassFixture<RealConverterFixture>
{
    /// <summary>The share of cells each converter's output must give exactly, synthetic reports and samples apart
    /// (measured, then set a little below; a fall under it is a regression).</summary>
    static readonly Dictionary<string, (double Synth, double Samples)> Floors = new()
    {
        ["w3m"] = (0.95, 0.99),
        ["lynx"] = (0.99, 0.99),
        ["elinks"] = (0.93, 0.99),
        ["links"] = (0.99, 0.99),
        ["html2text"] = (0.25, 0.7),
        ["html2markdown"] = (0.99, 0.99),
        ["pandoc-html-plain"] = (0.05, 0.99),
        ["pandoc-html-gfm"] = (0.99, 0.99),
        ["pandoc-html-markdown"] = (0.9, 0.99),
        ["soffice-html-txt"] = (0.99, 0.99),
        ["pandoc-docx-plain"] = (0.99, 0.99),
        ["pandoc-docx-gfm"] = (0.99, 0.99),
        ["docx2txt"] = (0.99, 0.99),
        ["soffice-docx-txt"] = (0.99, 0.99),
        ["pdftotext"] = (0.2, 0.75),
        ["pdftotext-layout"] = (0.95, 0.99),
        ["pdftotext-raw"] = (0.95, 0.99),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in RealConverter.All) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_real_converters_output_reads_without_a_wrong_value(string name)
    {
        Assert.True(fixture.Failed.Count == 0, string.Join("\n", fixture.Failed));
        var converter = RealConverter.Named(name);
        var synth = new SynthScore(name);
        foreach (var r in fixture.Synth)
            synth.Compare(r, ReportParser.ParseFile(converter.Output(fixture.Out, r.Name)));
        int cells = 0, exact = 0, honest = 0, wrong = 0;
        var wrongCells = new List<string>();
        foreach (var n in SampleFiles.Names)
        {
            var s = RenderingScore.Of(n, ReportParser.ParseFile(converter.Output(fixture.Out, n)), strict: true);
            (cells, exact, honest, wrong) = (cells + s.Cells, exact + s.Exact, honest + s.HonestNull, wrong + s.Wrong);
            wrongCells.AddRange(s.WrongCells.Select(w => $"{n} {w}"));
        }
        output.WriteLine("| converter | command | synthetic: cells | exact | honest null | wrong | samples: cells | exact | honest null | wrong |");
        output.WriteLine($"| {name} | `{converter.Command}` | {synth.Cells} | {synth.Right} | {synth.HonestNull} | {synth.Wrong} | {cells} | {exact} | {honest} | {wrong} |");
        foreach (var p in synth.Problems.Where(p => !p.Contains(" section.") && !p.Contains(" metadata."))) output.WriteLine("  synth: " + p);
        foreach (var (where, count) in synth.NullWhere.OrderByDescending(x => x.Value).Take(12)) output.WriteLine($"  synth null: {where} ×{count}");
        foreach (var w in wrongCells) output.WriteLine("  sample: " + w);
        Assert.True(synth.Wrong == 0, $"{name}: {synth.Wrong} wrong values in the synthetic reports:\n" + string.Join("\n", synth.Problems));
        Assert.True(wrong == 0, $"{name}: {wrong} wrong values in the samples:\n" + string.Join("\n", wrongCells));
        var floor = Floors[name];
        Assert.True(synth.Right >= floor.Synth * synth.Cells, $"{name}: {synth.Right}/{synth.Cells} exact, under the floor {floor.Synth:P0}");
        Assert.True(exact >= floor.Samples * cells, $"{name}: {exact}/{cells} exact in the samples, under the floor {floor.Samples:P0}");
    }
}
