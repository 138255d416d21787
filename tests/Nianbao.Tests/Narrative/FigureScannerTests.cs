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
