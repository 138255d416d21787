using Nianbao.Tokenizing;

namespace Nianbao.Tests.Stages;

/// <summary>Which rendering one line belongs to (docs/format.md §9.1 A1–A3, markdown, TSV).</summary>
public class LineClassifierTests
{
    [Theory]
    [InlineData("", LineKind.Blank)]
    [InlineData("   ", LineKind.Blank)]
    [InlineData("\t", LineKind.TabCell)]
    [InlineData("\t行政许可", LineKind.TabCell)]
    [InlineData("行政许可 | 36109 | ||", LineKind.Pipe)]
    [InlineData("规章 |", LineKind.Pipe)]
    [InlineData("|||", LineKind.Pipe)]
    [InlineData("| 规章 | 1 |", LineKind.Pipe)]
    [InlineData("|---|:---:|---|", LineKind.MarkdownRule)]
    [InlineData("| --- | --- |", LineKind.MarkdownRule)]
    [InlineData("规章\t1\t2\t3", LineKind.Tsv)]
    [InlineData("规章\t", LineKind.Text)]
    [InlineData("一、总体情况", LineKind.Text)]
    [InlineData("规章 1 2 3", LineKind.Text)]
    public void Classifies(string line, object kind) => Assert.Equal((LineKind)kind, LineClassifier.Classify(line));
}
