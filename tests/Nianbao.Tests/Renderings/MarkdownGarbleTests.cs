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

    /// <summary>The garbles every cell of which is read.</summary>
    static readonly MarkdownGarble.Style[] Read = [MarkdownGarble.Style.Clean, MarkdownGarble.Style.PageFooter, MarkdownGarble.Style.WrappedLabel];

    public static TheoryData<MarkdownGarble.Style> Measured()
    {
        var data = new TheoryData<MarkdownGarble.Style>();
        foreach (var s in Enum.GetValues<MarkdownGarble.Style>().Except(Read)) data.Add(s);
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
}
