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
            foreach (var s in Enum.GetValues<MarkdownGarble.Style>()) data.Add(n, s);
        return data;
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
