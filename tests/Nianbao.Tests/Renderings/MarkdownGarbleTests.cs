using System.Text;
using Nianbao.Tests.RunTogether;
using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.Renderings;

/// <summary>Garbled PDF-to-Markdown renderings of the five samples (issue 10 §2): every cell whose label survives is
/// read exactly, and no cell is ever wrong. Figures per sample and garble go to the test output.</summary>
public class MarkdownGarbleTests(ITestOutputHelper output)
{
    public static TheoryData<string, MarkdownGarble.Style> Cases()
    {
        var data = new TheoryData<string, MarkdownGarble.Style>();
        foreach (var n in SampleFiles.Names)
            foreach (var s in Read) data.Add(n, s);
        return data;
    }

    /// <summary>The garbles every cell of which is read: all of them (every label survives in each).</summary>
    static readonly MarkdownGarble.Style[] Read = Enum.GetValues<MarkdownGarble.Style>();

    /// <summary>The garbles whose totals over the five samples are printed (docs/run-together.md §5).</summary>
    static readonly MarkdownGarble.Style[] Summed = [MarkdownGarble.Style.Clean, MarkdownGarble.Style.PageFooter, MarkdownGarble.Style.WrappedLabel];

    public static TheoryData<MarkdownGarble.Style> Measured()
    {
        var data = new TheoryData<MarkdownGarble.Style>();
        foreach (var s in Enum.GetValues<MarkdownGarble.Style>().Except(Summed)) data.Add(s);
        return data;
    }

    /// <summary>The remaining garbles of issue 10 §2, measured over the five samples (1,000 cells each): never a wrong
    /// cell; the figures (exact / honest null) go to the output and docs/run-together.md §5.</summary>
    [Theory]
    [MemberData(nameof(Measured))]
    public void No_cell_is_ever_wrong(MarkdownGarble.Style style)
    {
        int cells = 0, exact = 0, honest = 0;
        var wrong = new List<string>();
        foreach (var sample in SampleFiles.Names)
        {
            var report = ReportParser.Parse(Encoding.UTF8.GetBytes(MarkdownGarble.Of(sample, style)), sample + ".md");
            var score = RenderingScore.Of(sample, report);
            output.WriteLine($"{sample} {style}: {score}");
            (cells, exact, honest) = (cells + score.Cells, exact + score.Exact, honest + score.HonestNull);
            wrong.AddRange(score.WrongCells.Select(w => $"{sample}: {w}"));
        }
        output.WriteLine($"{style}: {exact}/{cells} exact, {honest} honest null, {wrong.Count} wrong");
        Assert.True(wrong.Count == 0, $"{style}:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_cell_is_read_exactly(string sample, MarkdownGarble.Style style)
    {
        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(MarkdownGarble.Of(sample, style)), sample + ".md");
        var score = RenderingScore.Of(sample, report);
        output.WriteLine($"{sample} {style}: {score}");
        Assert.True(score.Wrong == 0, $"{sample} ({style}) {score}:\n" + string.Join("\n", score.WrongCells.Take(30)));
        Assert.True(score.Exact == score.Cells, $"{sample} ({style}) {score}");
    }

    /// <summary>Wholly blank rows after the value block are a converter's padding when the rows with values already
    /// match the labels (erkou: every row has values); when neither count matches (lhasa, whose nine blank rows make
    /// the block fit, plus one row of padding), nothing is paired, the labels' rows are null (NB-P-DETACHED-UNPAIRED)
    /// and no cell is wrong, not even read as blank.</summary>
    [Fact]
    public void Blank_padding_after_detached_values_never_shifts_a_row()
    {
        static string Pad(string md, int rows) => md.Replace("\n\n四、", "\n" + string.Concat(Enumerable.Repeat("|  |  |  |  |  |  |  |  |\n", rows)) + "\n四、");
        var erkou = ReportParser.Parse(Encoding.UTF8.GetBytes(Pad(MarkdownGarble.Of("erkou-township-2023", MarkdownGarble.Style.DetachedLabels), 2)), "erkou.md");
        var score = RenderingScore.Of("erkou-township-2023", erkou);
        Assert.True(score.Exact == score.Cells, score.ToString());
        Assert.Contains(erkou.Findings, f => f.Code == "NB-P-DETACHED");

        var lhasa = ReportParser.Parse(Encoding.UTF8.GetBytes(Pad(MarkdownGarble.Of("lhasa-city-2021", MarkdownGarble.Style.DetachedLabels), 1)), "lhasa.md");
        Assert.DoesNotContain(lhasa.Findings, f => f.Code == "NB-P-DETACHED");
        // The labels left without values are not read as blank rows while unpaired values follow them: a value read
        // as blank where the truth has one is wrong whatever finding goes with it (the strict count).
        Assert.Contains(lhasa.Findings, f => f.Code == "NB-P-DETACHED-UNPAIRED");
        var strict = RenderingScore.Of("lhasa-city-2021", lhasa, strict: true);
        output.WriteLine($"lhasa padded: {strict}");
        Assert.True(strict.Wrong == 0, strict + "\n" + string.Join("\n", strict.WrongCells.Take(30)));
    }
}
