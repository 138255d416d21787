using Nianbao.Extraction;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Stages;

/// <summary>
/// The cell stream's look-ahead tables (the next row start, the next filled cell) equal a plain forward scan at every
/// index. They replace the scan in the wrapped-label check, which ran from every cell to the next row break: on a
/// table with no reliable row break for a long stretch that was quadratic (long fuzz run, seed 1111 #194103: a 4 MB
/// text of 140,000 repeated table lines took 29 s of processor time; docs/fuzzing.md).
/// </summary>
public class CellStreamLookaheadTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var n in SampleFiles.Names) data.Add(File.ReadAllText(SampleFiles.Path(n + ".txt")));
        // The fuzz input's shape: a pipe table whose rows run on as label fragments, then blank and value cells.
        data.Add("| 申请人情况 | 自然人 | 总计 |\n| （三）不第（六）项 |\n" + string.Concat(Enumerable.Repeat("信息内容第（六）项 |\n", 300))
            + "| | | |\n| 1 | | 2 |\n");
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Look_ahead_equals_a_forward_scan_at_every_index(string text)
    {
        var stream = new CellStream(ReportText.Blocks(text));
        Assert.True(stream.Count > 10);
        for (var i = 0; i < stream.Count; i++)
        {
            var j = i + 1;
            while (j < stream.Count && !stream.RowStart(j)) j++;
            Assert.Equal(j, stream.NextRowStart(i));
            var k = i + 1;
            while (k < stream.Count && stream[k].IsEmpty) k++;
            Assert.Equal(k, stream.NextFilled(i));
        }
    }
}
