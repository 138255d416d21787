using System.Text;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Tests.Synthesis;
using Xunit.Abstractions;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// Crawler dumps of the synthetic corpus (SynthAccuracyTests' CI corpus: 300 reports, seed 20261126, errors in 30 %),
/// per format, the way docs/run-together.md §4 measures them: the dump with a line per row, the same on one line,
/// and each with the same agency's previous and next reports available (parsed from their pipe renderings, as a batch
/// would give them). No value is ever wrong; the figures go to the test output.
/// </summary>
public class SynthDumpTests(ITestOutputHelper output)
{
    static readonly Lazy<List<SynthReport>> Corpus = new(() =>
        [.. SynthCorpus.Generate(new SynthOptions(SynthAccuracyTests.Count, Seed: 20261126, ErrorRate: 0.3))]);

    internal static SynthScore Score(string format, bool oneLine, bool previous)
    {
        var reports = Corpus.Value;
        var byName = reports.ToDictionary(r => r.Name);
        var nextOf = reports.Where(r => r.Previous is not null).GroupBy(r => r.Previous!).ToDictionary(g => g.Key, g => g.First());
        Report Pipe(SynthReport r) => ReportParser.Parse(SynthCorpus.Render(r, SynthRendering.Pipe), SynthRenderings.FileName(r.Name, SynthRendering.Pipe));
        var score = new SynthScore("crawler");
        foreach (var synth in reports.Where(r => r.Truth.Format?.Value == format))
        {
            var bytes = SynthCorpus.Render(synth, SynthRendering.Crawler);
            if (oneLine) bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", ""));
            Report? before = null, after = null;
            if (previous && synth.Previous is { } p && byName.TryGetValue(p, out var prev)) before = Pipe(prev);
            if (previous && nextOf.TryGetValue(synth.Name, out var next)) after = Pipe(next);
            var report = ReportParser.Parse(bytes, SynthRenderings.FileName(synth.Name, SynthRendering.Crawler), previousYear: _ => before, nextYear: _ => after);
            score.Compare(synth, report);
        }
        return score;
    }

    [Theory]
    [InlineData("2019", false, false)]
    [InlineData("2019", true, false)]
    [InlineData("2019", false, true)]
    [InlineData("2021", false, false)]
    [InlineData("2021", true, false)]
    [InlineData("2021", false, true)]
    public void No_value_of_a_crawler_dump_is_wrong(string format, bool oneLine, bool previous)
    {
        var score = Score(format, oneLine, previous);
        output.WriteLine($"{format} {(oneLine ? "one line" : "a line per row")}{(previous ? ", the previous and next years given" : "")}: "
            + $"{score.Reports} reports, {score.Right}/{score.Cells} right ({100.0 * score.Right / score.Cells:F2} %), {score.HonestNull} honest null, {score.Wrong} wrong");
        foreach (var p in score.Problems) output.WriteLine("  " + p);
        Assert.True(score.Reports > 20, "too few reports of the format");
        Assert.Equal(0, score.Wrong);
    }
}
