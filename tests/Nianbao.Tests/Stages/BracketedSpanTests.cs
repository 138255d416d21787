using Nianbao.Normalizing;
using Xunit;

namespace Nianbao.Tests.Stages;

/// <summary>pandoc's bracketed spans in the matching copy (docs/accuracy.md "Real converters"): a span is dropped to
/// its text only when its attributes close on its line; anything else stays as printed.</summary>
public class BracketedSpanTests
{
    [Theory]
    [InlineData("规章 | [0]{lang=\"EN-US\" style=\"font-size:12pt\"} |", "规章 | 0 |")]
    [InlineData("[行政许可]{.underline} 12", "行政许可 12")]
    [InlineData("[[1]{lang=\"EN-US\"}]{#x}", "[1]{#x}")]
    public void A_closed_span_reads_as_its_text(string printed, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(printed, stripPinyin: false).Text);

    [Theory]
    [InlineData("[0]{lang=\"EN-US\" 12")]                 // attributes never closed
    [InlineData("[0]{lang=\"EN-US\"\n} 12")]              // closed on the next line only
    [InlineData("[0] {lang=\"EN-US\"}")]                  // not right after the bracket
    [InlineData("[0]{width=\"3\"}")]                       // not an attribute a converter writes on text
    public void Anything_else_stays_as_printed(string printed) =>
        Assert.Equal(printed, TextNormalizer.Normalize(printed, stripPinyin: false).Text);

    [Fact]
    public void Unclosed_spans_repeated_still_read_each_as_printed()
    {
        // The shape that made the search quadratic (a `}` looked for to the end of the text from every `[`).
        var line = string.Concat(Enumerable.Repeat("[x]{lang=zh ", 500));
        var text = string.Join("\n", Enumerable.Repeat(line, 20));
        Assert.Equal(text, TextNormalizer.Normalize(text, stripPinyin: false).Text);
    }
}
