using System.Globalization;
using Nianbao.Checking;
using Nianbao.Checking.Rules;
using Nianbao.Model;
using Xunit.Abstractions;
using Nianbao.Template;

namespace Nianbao.Tests.Checking;

/// <summary>Table 二 plausibility, the free-form 2019 report and the copied-text threshold.</summary>
public class TableTwoAndVersionTests(ITestOutputHelper output)
{
    IReadOnlyList<Finding> Check(Report report)
    {
        var findings = ReportChecker.Check(report);
        output.WriteLine(findings.Describe());
        return findings;
    }

    [Theory]
    [InlineData("county", true)]
    [InlineData("city", false)]
    public void Regulations_from_a_county_body_are_a_warning(string level, bool expected)
    {
        var report = CheckHelpers.Parse(CheckHelpers.ConsistentLinxia().Edit("规章 | 0 | 0 | 0 |", "规章 | 1 | 0 | 1 |"));
        report.Profile = new AgencyProfile("government", level, "test");
        var rules = Check(report).Where(f => f.Code == "NB-T2-RULES").ToList();
        Assert.Equal(expected, rules.Count == 1);
        if (expected) Assert.Equal(["issued", "in_force"], rules[0].Location.Cells!.Select(c => c.Column));
    }

    [Fact]
    public void Regulations_without_a_profile_infer_nothing()
    {
        var report = CheckHelpers.Parse(CheckHelpers.ConsistentLinxia().Edit("规章 | 0 | 0 | 0 |", "规章 | 1 | 0 | 1 |"));
        report.Profile = null;
        Assert.DoesNotContain(Check(report), f => f.Code == "NB-T2-RULES");
    }

    [Fact]
    public void A_fee_in_yuan_is_a_warning()
    {
        var findings = Check(CheckHelpers.Parse(CheckHelpers.ConsistentLinxia().Edit("行政事业性收费 | 406.61 |", "行政事业性收费 | 4066100 |")));
        var fee = Assert.Single(findings, f => f.Code == "NB-T2-FEE-UNIT");
        Assert.Equal(("fees", "amount_wan_yuan", 28), (fee.Location.Row, fee.Location.Column, fee.Location.Source?.Line));
        Assert.DoesNotContain(Check(CheckHelpers.Parse(CheckHelpers.ConsistentLinxia())), f => f.Code == "NB-T2-FEE-UNIT");
    }

    [Fact]
    public void Fewer_documents_in_force_than_issued_minus_repealed_is_a_warning()
    {
        var findings = Check(CheckHelpers.Parse(CheckHelpers.ConsistentLinxia().Edit("行政规范性文件 | 3 | 2 | 13 |", "行政规范性文件 | 5 | 0 | 4 |")));
        var valid = Assert.Single(findings, f => f.Code == "NB-T2-VALID");
        Assert.Equal(("normative_documents", 4L, 5L, -1L), (valid.Location.Row, (long)valid.Arg("left")!, (long)valid.Arg("right")!, (long)valid.Arg("difference")!));
    }

    [Fact]
    public void A_free_form_2019_report_gets_an_info_instead_of_missing_tables()
    {
        const string text = """
            某县人民政府2019年政府信息公开工作年度报告
            一、总体情况
            本年度我县认真贯彻落实政府信息公开条例。
            二、主动公开政府信息情况
            本年主动公开政府信息100条。
            三、收到和处理政府信息公开申请情况
            本年收到政府信息公开申请3件，均已办结。
            四、政府信息公开行政复议、行政诉讼情况
            未发生行政复议和行政诉讼。
            五、存在的主要问题及改进情况
            公开的及时性还需提高。
            六、其他需要报告的事项
            无。
            """;
        var report = CheckHelpers.Parse(text);
        Assert.Contains(report.Findings, f => f.Code == "NB-S-TABLE");
        var findings = Check(report);
        Assert.DoesNotContain(findings, f => f.Code == "NB-S-TABLE");
        Assert.Equal(Severity.Info, Assert.Single(findings, f => f.Code == "NB-S-VERSION-FREEFORM").Severity);
    }

    [Fact]
    public void Rewritten_narrative_is_not_a_copy_and_the_documented_threshold_is_the_code_s()
    {
        var a = "一是进一步强化主动公开意识，围绕重点领域加大公开力度，及时发布政策文件和解读材料，方便群众查阅。二是规范依申请公开办理流程，严格按照法定时限答复。";
        var b = "今年我们重点改进了网站栏目设置，新增政策问答专栏，并组织全体工作人员参加业务培训，提升了答复质量和办理效率，群众满意度明显提高。";
        Assert.True(TextSimilarity.Jaccard5(a, b, ReportTemplate.Embedded.Rules.CopiedText.MinLength) < ReportTemplate.Embedded.Rules.CopiedText.Threshold);
        Assert.Equal(1.0, TextSimilarity.Jaccard5(a.Replace("一是", "一是2023"), a, ReportTemplate.Embedded.Rules.CopiedText.MinLength));
        Assert.Null(TextSimilarity.Jaccard5("无。", "无。", ReportTemplate.Embedded.Rules.CopiedText.MinLength));
        var formula = RuleText.Of("NB-XY-TEXT").Formula!;
        Assert.Contains(ReportTemplate.Embedded.Rules.CopiedText.Threshold.ToString("0.00", CultureInfo.InvariantCulture), formula);
        Assert.Contains($"≥ {ReportTemplate.Embedded.Rules.CopiedText.MinLength} characters", formula);
    }
}
