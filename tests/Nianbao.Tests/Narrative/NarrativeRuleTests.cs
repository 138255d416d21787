using Nianbao.Model;

namespace Nianbao.Tests.Narrative;

/// <summary>NT-*, S-FEE6, S-GOV-OVERALL, NT-YEAR and S-PERIOD on the samples and on injected edits.</summary>
public class NarrativeRuleTests
{
    [Fact]
    public void Linxia_answered_21_against_total_24_is_a_warning_with_both_locations()
    {
        var findings = NarrativeTestKit.Check(NarrativeTestKit.Parse("linxia-city-2023"));
        var done = Assert.Single(findings, f => f.Code == "NB-NT-DONE");
        Assert.Equal(Severity.Warning, done.Severity);
        Assert.Equal(21m, done.Arg("stated"));
        Assert.Equal(24m, done.Arg("table_value"));
        Assert.Equal(7, done.Location.Source!.Line);                       // the narrative number …
        var cell = Assert.Single(done.Location.Cells!);                     // … and the table cell
        Assert.Equal(("applications", "total_processed", "total"), (cell.Table, cell.Row, cell.Column));
        Assert.NotNull(cell.Source);
        Assert.Contains("21", done.Message("zh"));
        Assert.Contains("24", done.Message("en"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_errors_and_no_other_narrative_table_warnings_on_the_samples(string name)
    {
        var findings = NarrativeTestKit.Check(NarrativeTestKit.Parse(name));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        var nt = findings.Where(f => f.Code.StartsWith("NB-NT-")).Select(f => f.Code).ToList();
        Assert.Equal(name == "linxia-city-2023" ? ["NB-NT-DONE"] : [], nt);
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var n in NarrativeTestKit.SampleNames) data.Add(n);
        return data;
    }

    [Theory]
    [InlineData("lhasa-city-2021", "受理政府信息公開申請72件", "受理政府信息公開申請75件", "NB-NT-APPS", 75)]
    [InlineData("linxia-city-2023", "引起行政复议2件", "引起行政复议3件", "NB-NT-REVIEW", 3)]
    [InlineData("linxia-city-2023", "引起行政诉讼1件", "引起行政诉讼4件", "NB-NT-LITIG", 4)]
    [InlineData("linxia-city-2023", "现行有效行政规范性文件13件", "现行有效行政规范性文件12件", "NB-NT-DOCS", 12)]
    [InlineData("linxia-city-2023", "我市共收到政府信息公开申请24件", "我市未收到政府信息公开申请", "NB-NT-ZERO", 0)]
    [InlineData("erkou-township-2023", "办结0件", "办结2件", "NB-NT-DONE", 2)]
    public void Injected_narrative_mismatch_is_found(string name, string from, string to, string code, int stated)
    {
        var findings = NarrativeTestKit.Check(NarrativeTestKit.ParseEdited(name, from, to));
        var f = Assert.Single(findings, x => x.Code == code);
        Assert.Equal((decimal)stated, f.Arg("stated"));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Applications_accept_the_input_side_with_carry_over()
    {
        // 一 + 二 = 24 + 0: stating 24 passes; a carry-over in the text does not make 24 wrong.
        var findings = NarrativeTestKit.Check(NarrativeTestKit.Parse("linxia-city-2023"));
        Assert.DoesNotContain(findings, f => f.Code == "NB-NT-APPS");
    }

    [Fact]
    public void Section_six_saying_only_none_warns_about_the_fee()
    {
        Assert.Contains(NarrativeTestKit.Check(NarrativeTestKit.Parse("maiji-service-bureau-2022")), f => f.Code == "NB-S-FEE6");
        Assert.DoesNotContain(NarrativeTestKit.Check(NarrativeTestKit.Parse("linxia-city-2023")), f => f.Code == "NB-S-FEE6");
        Assert.DoesNotContain(NarrativeTestKit.Check(NarrativeTestKit.Parse("lhasa-city-2021")), f => f.Code == "NB-S-FEE6");
    }

    [Fact]
    public void Government_report_without_assessment_results_warns()
    {
        Assert.Contains(NarrativeTestKit.Check(NarrativeTestKit.Parse("linxia-city-2023")), f => f.Code == "NB-S-GOV-OVERALL");
        Assert.DoesNotContain(NarrativeTestKit.Check(NarrativeTestKit.Parse("lhasa-city-2021")), f => f.Code == "NB-S-GOV-OVERALL");
        // a department is not asked
        Assert.DoesNotContain(NarrativeTestKit.Check(NarrativeTestKit.Parse("maiji-service-bureau-2022")), f => f.Code == "NB-S-GOV-OVERALL");
    }

    [Fact]
    public void Period_of_another_year_disagrees_with_the_title()
    {
        var report = NarrativeTestKit.ParseEdited("sifangtai-district-2023", "统计期限自2023年1月1日至2023年12月31日", "统计期限自2022年1月1日至2022年12月31日");
        var f = Assert.Single(NarrativeTestKit.Check(report), x => x.Code == "NB-NT-YEAR");
        Assert.Equal(("2023", "2022", "2023"), ((string)f.Arg("title_year")!, (string)f.Arg("period_year")!, (string)f.Arg("body_year")!));
    }

    [Fact]
    public void Statistics_period_missing_or_partial_is_info()
    {
        Assert.Contains(NarrativeTestKit.Check(NarrativeTestKit.Parse("maiji-service-bureau-2022")), f => f.Code == "NB-S-PERIOD" && f.Severity == Severity.Info);
        var partial = NarrativeTestKit.ParseEdited("sifangtai-district-2023", "至2023年12月31日止", "至2023年11月30日止");
        Assert.Contains(NarrativeTestKit.Check(partial), f => f.Code == "NB-S-PERIOD-RANGE");
    }
}

/// <summary>The checking engine discovers the narrative and timeliness rules by reflection.</summary>
public class NarrativeEngineTests
{
    [Fact]
    public void ReportChecker_reports_linxia_answered_mismatch_as_a_warning()
    {
        var findings = Nianbao.Checking.ReportChecker.Check(NarrativeTestKit.Parse("linxia-city-2023"));
        Assert.Contains(findings, f => f.Code == "NB-NT-DONE" && f.Severity == Severity.Warning);
        Assert.DoesNotContain(findings, f => f.Code == "NB-CHECK-RULE-FAILED");
    }
}
