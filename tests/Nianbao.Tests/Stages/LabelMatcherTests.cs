using Nianbao.Extraction;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Tests.Stages;

/// <summary>Row labels matched by distinctive keyword (docs/format.md §2.4), with the fit reported.</summary>
public class LabelMatcherTests
{
    static LabelMatch? Match(string printed, string format = "2021") =>
        LabelMatcher.For(ReportText.Template.Table("applications", new FormatId(format))!, new FormatId(format)).Match(LabelKey.OfPrinted(printed));

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "new_received")]
    [InlineData("（一）予以公开", "granted")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_granted")]
    [InlineData("3.危及“三安全一稳定”", "withheld_security_stability")]
    [InlineData("5.要求行政机关确认或重新出具已获取信息", "rejected_confirmation")]
    [InlineData("3.其他", "other_other")]
    [InlineData("（七）总计", "total_processed")]
    [InlineData("四、结转下年度继续办理", "carried_forward")]
    public void Canonical_labels_match_their_row(string printed, string row)
    {
        var m = Match(printed);
        Assert.Equal(row, m?.Row.Key);
        Assert.Equal(LabelFit.Canonical, m!.Fit);
    }

    [Theory]
    [InlineData("三、本年度办理结果 （一）予以公开", "granted")]
    [InlineData("（三）不予公开 1.属于国家秘密", "withheld_state_secret")]
    [InlineData("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction")]
    [InlineData("(五)不予 处理 1.信访举报投诉类申请", "rejected_petition")]
    public void Group_and_row_label_in_one_cell_picks_the_row(string printed, string row)
    {
        var m = Match(printed);
        Assert.Equal(row, m?.Row.Key);
        Assert.Equal(LabelFit.Canonical, m!.Fit);
    }

    [Theory]
    [InlineData("（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "partially_granted")]
    [InlineData("5.属于三类内容事务信息", "withheld_internal_affairs")]
    public void Known_typos_match_as_variants(string printed, string row)
    {
        var m = Match(printed);
        Assert.Equal(row, m?.Row.Key);
        Assert.Equal(LabelFit.KnownVariant, m!.Fit);
        Assert.Equal("typo", m.Variant!.Note);
    }

    [Theory]
    [InlineData("1.属于国家秘密的", "withheld_state_secret")]
    [InlineData("二、上年结转的政府信息公开申请", "carried_over")]
    public void Other_wordings_match_by_keyword(string printed, string row)
    {
        var m = Match(printed);
        Assert.Equal(row, m?.Row.Key);
        Assert.Equal(LabelFit.Keyword, m!.Fit);
    }

    [Theory]
    [InlineData("总计")]
    [InlineData("申请人情况")]
    [InlineData("商业企业")]
    [InlineData("（三）不予公开")]
    [InlineData("三、本年度办理结果")]
    public void Headers_and_group_labels_are_not_rows(string printed) => Assert.Null(Match(printed));

    [Fact]
    public void The_2019_layout_has_one_other_row()
    {
        Assert.Equal("other", Match("（六）其他处理", "2019")?.Row.Key);
        Assert.Null(Match("3.其他", "2019"));
        Assert.Null(Match("（六）其他处理", "2021"));
    }

    [Fact]
    public void Table_two_labels_and_the_2019_variant()
    {
        var matcher = LabelMatcher.For(ReportText.Template.Table("active_disclosure", new FormatId("2021"))!, FormatId.F2021);
        var m = matcher.Match(LabelKey.OfPrinted("规范性文件"));
        Assert.Equal("normative_documents", m?.Row.Key);
        Assert.Equal(LabelFit.KnownVariant, m!.Fit);
        Assert.Equal(LabelFit.Canonical, matcher.Match(LabelKey.OfPrinted("行政规范性文件"))!.Fit);
        Assert.Equal("fees", matcher.Match(LabelKey.OfPrinted("行政事业性收费"))?.Row.Key);
    }
}
