using Nianbao.Extraction.Narrative;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao.Tests.Narrative;

/// <summary>Pattern hygiene of docs/format.md §5.5 on single lines (matching copy).</summary>
public class FigureScannerTests
{
    static List<(string Key, decimal Value, string Unit)> Scan(string line)
    {
        var hits = new List<FigureHit>();
        FigureScanner.Scan(TextNormalizer.ForMatching(line), ReportTemplate.Embedded.Figures, hits);
        return hits.Select(h => (h.Def.Key, h.Value, h.Unit)).ToList();
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请1,024件。", 1024)]
    [InlineData("本年度新收政府信息公开申请 7 件。", 7)]
    [InlineData("共受理依申请公开１２件。", 12)]           // full-width digits
    [InlineData("全年受理政府信息公開申請72件。", 72)]      // traditional script
    public void Received(string line, int value) =>
        Assert.Contains(("applications_received", (decimal)value, "件"), Scan(line));

    [Theory]
    [InlineData("主动公开政府信息10311条,受理网民留言60条。")]   // 条 is not an application count
    [InlineData("共收到政府信息公开申请100余件。")]              // approximate
    [InlineData("受理申请人次1489691人次。")]
    [InlineData("共受理群众来电94745件。")]                      // no 申请 in the clause
    [InlineData("收到申请,其中24件已办结。")]                    // clause stop between keyword and number
    public void Not_received(string line) =>
        Assert.DoesNotContain(Scan(line), h => h.Key == "applications_received");

    [Fact]
    public void Carry_over_is_not_carry_forward()
    {
        var hits = Scan("上年结转政府信息公开申请3件,结转下年度继续办理2件。");
        Assert.Contains(("applications_carried_over", 3m, "件"), hits);
        Assert.Contains(("applications_carried_forward", 2m, "件"), hits);
        Assert.DoesNotContain(("applications_carried_forward", 3m, "件"), hits);
    }

    [Fact]
    public void Zero_statements()
    {
        Assert.Contains(("applications_received", 0m, "件"), Scan("本年度未收到政府信息公开申请。"));
        var review = Scan("本年度未收到行政复议申请。");
        Assert.Contains(("review_cases", 0m, "件"), review);
        Assert.DoesNotContain(review, h => h.Key == "applications_received");
        Assert.Contains(("info_fee_yuan", 0m, "元"), Scan("本年度未收取信息处理费。"));
    }

    [Fact]
    public void Fee_in_wan_yuan_is_converted_exactly()
    {
        Assert.Contains(("info_fee_yuan", 15000m, "元"), Scan("本年度收取信息处理费共计1.5万元。"));
        Assert.Contains(("info_fee_yuan", 300m, "元"), Scan("收取信息处理费300元,发出收费通知2份。"));
        Assert.Contains(("fee_notices", 2m, "份"), Scan("收取信息处理费300元,发出收费通知2份。"));
        // the number of a document title is not a fee
        Assert.DoesNotContain(Scan("按照《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)执行。"), h => h.Key == "info_fee_yuan");
    }

    [Fact]
    public void Answered_needs_the_number_right_after_the_keyword()
    {
        // 答复引起行政复议2件: the 2 is a review count, not answered applications.
        var hits = Scan("收到申请5件,因未按时答复引起行政复议2件。");
        Assert.DoesNotContain(hits, h => h.Key == "applications_answered");
        Assert.Contains(("review_cases", 2m, "件"), hits);
    }
}

/// <summary>Figures written before their keyword and in Chinese numerals (issue 10 §5), driven by figures.json
/// ("before", "numerals").</summary>
public class FigureFormsTests
{
    static List<(string Key, decimal Value, string Unit)> Scan(string line)
    {
        var hits = new List<FigureHit>();
        FigureScanner.Scan(TextNormalizer.ForMatching(line), ReportTemplate.Embedded.Figures, hits);
        return hits.Select(h => (h.Def.Key, h.Value, h.Unit)).ToList();
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请三件。", "applications_received", 3, "件")]
    [InlineData("主动公开政府信息十二条。", "proactive_items", 12, "条")]
    [InlineData("本年度共受理政府信息公开申请一百零五件。", "applications_received", 105, "件")]
    [InlineData("全年共收到政府信息公开申请二十件。", "applications_received", 20, "件")]
    [InlineData("全年共收到政府信息公开申请两千三百零一件。", "applications_received", 2301, "件")]
    [InlineData("全年共收到政府信息公开申请十件。", "applications_received", 10, "件")]
    [InlineData("本年度发生行政复议一件。", "review_cases", 1, "件")]
    public void Chinese_numerals(string line, string key, int value, string unit) =>
        Assert.Contains((key, (decimal)value, unit), Scan(line));

    [Theory]
    [InlineData("全年共收到政府信息公开申请一一百件。")]   // not a well-made numeral
    [InlineData("全年共收到政府信息公开申请百件。")]       // 百 needs its digit
    [InlineData("全年共收到政府信息公开申请三十余件。")]   // approximate
    public void Malformed_or_approximate_numerals_are_not_figures(string line) =>
        Assert.DoesNotContain(Scan(line), h => h.Key == "applications_received");

    [Fact]
    public void A_figure_written_before_its_keyword()
    {
        var hits = Scan("2021年，全市共受理政府信息公开申请72件，其中66件在法定期限内按照《西藏自治区人民政府信息公开申请办理答复规范》予以答复，6件由于提交的资料不全未予受理。");
        Assert.Contains(("applications_received", 72m, "件"), hits);
        Assert.Contains(("applications_answered_in_time", 66m, "件"), hits);
        Assert.DoesNotContain(hits, h => h.Key == "applications_answered_in_time" && h.Value != 66m);
        Assert.Contains(("applications_answered_in_time", 12m, "件"), Scan("申请中十二件在法定期限内予以答复。"));
    }

    [Theory]
    [InlineData("受理申请72件，在法定期限内予以答复。")]           // a clause end between number and keyword
    [InlineData("其中66件按规定予以答复。")]                        // no statement of the time limit
    [InlineData("其中66条在法定期限内予以答复。")]                  // another unit
    public void Not_a_figure_before_its_keyword(string line) =>
        Assert.DoesNotContain(Scan(line), h => h.Key == "applications_answered_in_time");
}
