using Nianbao.Normalizing;

namespace Nianbao.Tests.Stages;

/// <summary>Label keys (docs/format.md §9.3 step 7): wrapped, spaced, punctuated and traditional labels compare equal.</summary>
public class LabelKeyTests
{
    [Theory]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    [InlineData("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")]
    [InlineData("（二）部分\n公开（区分处理的， 只计这一情形，不计其他情形）")]
    [InlineData("（二）部分公開（區分處理的，只計這一情形，不計其他情形）")]
    public void Printed_forms_share_one_key(string printed) =>
        Assert.Equal("二部分公开区分处理的只计这一情形不计其他情形", LabelKey.OfPrinted(printed));

    [Fact]
    public void Of_removes_whitespace_and_punctuation_from_a_matching_copy()
    {
        Assert.Equal("索引号", LabelKey.Of("索 引 号:"));
        Assert.Equal("3危及三安全一稳定", LabelKey.Of("3.危及“三安全一稳定”"));
        Assert.Equal("商业企业", LabelKey.Of("商业\n企业"));
        Assert.Equal("", LabelKey.Of(" | \t"));
    }

    [Fact]
    public void Long_labels_are_handled()
    {
        var label = string.Concat(Enumerable.Repeat("申请人无正当理由逾期不补正、", 40));
        Assert.Equal(string.Concat(Enumerable.Repeat("申请人无正当理由逾期不补正", 40)), LabelKey.Of(label));
    }
}
