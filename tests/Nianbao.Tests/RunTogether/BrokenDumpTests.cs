using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// The one-line crawler dump broken into a few lines at arbitrary places (issue 10 §1, docs/run-together.md §4):
/// for each sample 20 dumps, each with 4 line breaks drawn from its seed — inside headings, labels, runs of digits.
/// The few long lines are read as the one line they were (Segmenting/GluedLines, NB-P-JOINED-LINES), so each broken
/// dump reads every cell the one-line dump reads, and no cell is ever wrong; the figures go to the test output.
/// </summary>
public class BrokenDumpTests(ITestOutputHelper output)
{
    const int Seeds = 20;
    const int Breaks = 4;

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_cell_of_a_broken_dump_is_wrong(string sample, int recorded)
    {
        int cells = 0, exact = 0, honest = 0, wrong = 0;
        var oneLine = RenderingScore.Of(sample, SampleDumpTests.Parse(CrawlerDump.Of(sample, CrawlerDump.Style.OneLine), sample));
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var text = CrawlerDump.Broken(sample, seed, Breaks);
            var report = SampleDumpTests.Parse(text, sample);
            var score = RenderingScore.Of(sample, report);
            Assert.True(score.Wrong == 0, $"{sample} seed {seed}: {score}\n" + string.Join("\n", score.WrongCells.Take(20)));
            Assert.True(score.Exact >= oneLine.Exact, $"{sample} seed {seed}: {score}, the one-line dump {oneLine}");
            Assert.Contains(report.Findings, f => f.Code == "NB-P-JOINED-LINES");
            (cells, exact, honest, wrong) = (cells + score.Cells, exact + score.Exact, honest + score.HonestNull, wrong + score.Wrong);
        }
        output.WriteLine($"{sample}, {Seeds} dumps with {Breaks} breaks each: {exact}/{cells} exact ({100.0 * exact / cells:F1} %), {honest} honest null, {wrong} wrong");
        Assert.True(exact >= recorded, $"{exact} exact, recorded {recorded}");
    }

    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        // The figures docs/run-together.md §4 records: 20 × the one-line dump's exact cells.
        var recorded = new Dictionary<string, int>
        {
            ["erkou-township-2023"] = 4000, ["lhasa-city-2021"] = 3880, ["linxia-city-2023"] = 4000,
            ["maiji-service-bureau-2022"] = 4000, ["sifangtai-district-2023"] = 3940,
        };
        foreach (var n in SampleFiles.Names) data.Add(n, recorded[n]);
        return data;
    }
}
