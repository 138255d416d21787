using Nianbao.Model;
using Nianbao.Synthesis;
using Xunit.Abstractions;

namespace Nianbao.Tests.Synthesis;

/// <summary>
/// parse(synth) == truth for every rendering (issue 13 §2, docs/accuracy.md). CI runs NIANBAO_SYNTH_COUNT reports
/// (default 300) with a third carrying an injected error; the long run sets it higher:
/// `NIANBAO_SYNTH_COUNT=3000 dotnet test tests/Nianbao.Tests --filter SynthAccuracy --logger "console;verbosity=detailed"`.
/// Each rendering prints its figures; a wrong value fails the test.
/// </summary>
public class SynthAccuracyTests(ITestOutputHelper output)
{
    internal static int Count => int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_SYNTH_COUNT"), out var n) ? n : 300;

    static readonly Lazy<List<SynthReport>> Corpus = new(() => [.. SynthCorpus.Generate(new SynthOptions(Count, Seed: 20261126, ErrorRate: 0.3))]);

    internal static SynthScore Score(SynthRendering rendering, IReadOnlyList<SynthReport> reports, Func<SynthReport, byte[]>? bytes = null, Action<Report>? parsedOne = null)
    {
        var score = new SynthScore(SynthRenderings.Name(rendering));
        var parsed = new Dictionary<string, Report>();
        foreach (var synth in reports)
        {
            var file = SynthRenderings.FileName(synth.Name, rendering);
            Report report;
            try { report = ReportParser.Parse(bytes?.Invoke(synth) ?? SynthCorpus.Render(synth, rendering), file); }
            catch (InputException e) { score.Problems.Add($"{file}: {e.Finding.Code}"); score.FieldsWrong++; continue; }
            parsed[synth.Name] = report;
            parsedOne?.Invoke(report);
            score.Compare(synth, report);
            score.Errors(synth, report, synth.Previous is { } p ? parsed.GetValueOrDefault(p) : null);
        }
        return score;
    }

    void Report(SynthScore score)
    {
        output.WriteLine(SynthScore.Header);
        output.WriteLine(score.Line());
        foreach (var p in score.Problems) output.WriteLine("  " + p);
        foreach (var p in score.NullSamples) output.WriteLine("  null: " + p);
    }

    public static TheoryData<string> Renderings()
    {
        var data = new TheoryData<string>();
        foreach (var r in SynthRenderings.Default) data.Add(SynthRenderings.Name(r));
        return data;
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Every_rendering_reads_back_as_its_truth(string name)
    {
        var rendering = SynthRenderings.Parse(name)!.Value;
        var score = Score(rendering, Corpus.Value);
        Report(score);
        Assert.Equal(Count, score.Reports);
        // Every rendering, crawler dumps included (2019's signed 本年增/减 and amounts with units run together are
        // split by their kinds, docs/run-together.md): no wrong value.
        Assert.Equal(0, score.Wrong);
        Assert.Equal(0, score.FieldsWrong);
        Assert.Equal(score.Injected, score.InjectedFound);
        Assert.True(score.Injected > Count / 10, "too few injected errors to measure");
    }

    internal static int OfficeCount => int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_SYNTH_OFFICE_COUNT"), out var n) ? n : 24;

    [Fact]
    public void The_LibreOffice_renderings_read_back_as_their_truth()
    {
        // .doc and PDF (text layer) are made by LibreOffice headless from the writer's DOCX: a few dozen in CI.
        var dir = Directory.CreateTempSubdirectory("nianbao-synth-office-");
        try
        {
            var options = new SynthOptions(OfficeCount, Seed: 20261127, ErrorRate: 0.3, Renderings: [SynthRendering.Doc, SynthRendering.Pdf]);
            var summary = SynthCorpus.Write(options, dir.FullName);
            Assert.True(summary.Failed.Count == 0, string.Join("\n", summary.Failed));
            var reports = SynthCorpus.Generate(options).ToList();
            foreach (var rendering in new[] { SynthRendering.Doc, SynthRendering.Pdf })
            {
                var score = Score(rendering, reports, r => File.ReadAllBytes(Path.Combine(dir.FullName, SynthRenderings.FileName(r.Name, rendering))));
                Report(score);
                Assert.Equal(OfficeCount, score.Reports);
                Assert.Equal(0, score.FieldsWrong);
                // Every cell of both renderings is read exactly and every injected error found (the PDF's last 3 wrong
                // values were amounts read with a space between number and unit, 13000 元; its missed wrong year a
                // statistics period wrapped over two lines; docs/accuracy.md).
                Assert.Equal(0, score.Wrong);
                Assert.Equal(score.Injected, score.InjectedFound);
            }
        }
        finally { dir.Delete(true); }
    }

    internal static int ScanCount => int.TryParse(Environment.GetEnvironmentVariable("NIANBAO_SYNTH_SCAN_COUNT"), out var n) ? n : 4;

    [Fact]
    public void The_scanned_PDF_rendering_reads_back_through_OCR()
    {
        // The scan rendering: LibreOffice's PDF rasterised and made image-only (PrintScanner), read back by OCR
        // (docs/ocr.md). OCR takes seconds a page, so CI reads a few reports; NIANBAO_SYNTH_SCAN_COUNT sets more.
        var dir = Directory.CreateTempSubdirectory("nianbao-synth-scan-");
        try
        {
            var options = new SynthOptions(ScanCount, Seed: 20261128, ErrorRate: 0.3, Renderings: [SynthRendering.Scan]);
            var summary = SynthCorpus.Write(options, dir.FullName);
            Assert.True(summary.Failed.Count == 0, string.Join("\n", summary.Failed));
            Assert.Equal(ScanCount, summary.Files);
            // Only the scans and the truth are left: the DOCX and the printed PDF were intermediate.
            Assert.Equal(ScanCount, Directory.GetFiles(dir.FullName).Count(f => f.EndsWith(".scan.pdf", StringComparison.Ordinal)));
            Assert.Equal(2 * ScanCount, Directory.GetFiles(dir.FullName).Length);
            var reports = SynthCorpus.Generate(options).ToList();
            var ocr = 0;
            var score = Score(SynthRendering.Scan, reports, r => File.ReadAllBytes(Path.Combine(dir.FullName, SynthRenderings.FileName(r.Name, SynthRendering.Scan))),
                report => ocr += report.Findings.Any(f => f.Code == "NB-P-OCR") ? 1 : 0);
            Report(score);
            Assert.Equal(ScanCount, score.Reports);
            Assert.Equal(ScanCount, ocr);
            // Format, year, agency and metadata read exactly, or a metadata field OCR was unsure of carries
            // NB-M-OCR-UNSURE ("flagged": an index number's O read as 0, docs/ocr.md §3). Section texts are compared
            // character for character and OCR does not give them back so (；read as ;, 量 as 星): counted, not failed
            // (docs/accuracy.md).
            Assert.Equal([], score.FieldsWrongWhere.Keys.Where(k => k is not ("section" or "flagged")));
            Assert.Equal(score.Injected, score.InjectedFound);
            // Never a wrong value: a lone digit the Chinese model loses is read again on its own (docs/ocr.md §3), and
            // a cell with ink nothing reads is null with NB-P-OCR-INK, never blank.
            Assert.True(score.Wrong == 0, $"{score.Wrong} wrong values in the scan rendering:\n" + string.Join("\n", score.Problems));
        }
        finally { dir.Delete(true); }
    }
}
