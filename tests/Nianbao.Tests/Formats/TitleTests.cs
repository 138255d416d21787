using System.Text;

namespace Nianbao.Tests.Formats;

/// <summary>Title, agency and year from where real copies put them (docs/format.md §2.1).</summary>
public class TitleTests
{
    static Model.Report Parse(string preamble) => ReportParser.Parse(Encoding.UTF8.GetBytes(preamble + "\n一、总体情况\n本年度工作正常开展。\n"), "t.txt");

    [Fact]
    public void A_title_wrapped_over_two_lines_is_joined()
    {
        var r = Parse("根据《条例》规定，编制《临夏市人民\n政府 2023 年政府信息公开工作年度报告》。本报告由六个部分组成。");
        Assert.Equal("临夏市人民政府", r.Agency);
        Assert.Equal(2023, r.Year);
    }

    [Fact]
    public void A_sentence_that_starts_with_a_title_fragment_is_not_a_title_line()
    {
        // The whole-line pass must not take "政府" as the agency from the second line alone.
        var r = Parse("编制《某某县人民\n政府2022年政府信息公开工作年度报告》，现予公布，欢迎监督。");
        Assert.Equal("某某县人民政府", r.Agency);
    }

    [Theory]
    [InlineData("天水市麦积区2022年全区政府信息公开工作年度报告", "天水市麦积区", 2022)]
    [InlineData("某某市2023年度全市政府信息公开工作年度报告", "某某市", 2023)]
    [InlineData("某某自治州2022年全州政府信息公开工作年度报告", "某某自治州", 2022)]
    [InlineData("某某自治区2020年全自治区政府信息公开工作年度报告", "某某自治区", 2020)]
    [InlineData("某某县人民政府2021年本级政府信息公开工作年度报告", "某某县人民政府", 2021)]
    public void A_scope_word_after_the_year_is_not_part_of_the_agency(string title, string agency, int year)
    {
        var r = Parse(title);
        Assert.Equal(agency, r.Agency);
        Assert.Equal(year, r.Year);
    }

    [Fact]
    public void A_title_on_its_own_line_wins()
    {
        var r = Parse("某某区教育局2023年政府信息公开工作年度报告\n依据《某某区人民政府2023年政府信息公开工作年度报告》要求编制。");
        Assert.Equal("某某区教育局", r.Agency);
    }
}

public class RunOnHeadingTests
{
    [Fact]
    public void A_heading_run_together_with_its_first_sentence_is_still_the_heading()
    {
        var text = File.ReadAllText(Samples.SampleFiles.Path("erkou-township-2023.txt"))
            .Replace("五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况 本年度我乡政府信息公开工作仍存在一些不足，主要是信息公开量有待提升，时效性有待加强。\n");
        var r = ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "erkou-runon.txt");
        Assert.True(r.Sections.ContainsKey("problems"));
        Assert.DoesNotContain(r.Findings, f => f.Code is "NB-S-SECTION" or "NB-S-HEADING");
        Samples.SampleParseTests.AssertTables(r, "erkou-township-2023");
    }

    [Fact]
    public void A_long_sentence_that_merely_starts_with_an_ordinal_is_not_a_heading()
    {
        var text = File.ReadAllText(Samples.SampleFiles.Path("erkou-township-2023.txt"))
            .Replace("五、存在的主要问题及改进情况\n", "五是进一步完善存在的主要问题及改进情况的通报制度，确保各项工作落到实处，全面提升政务公开水平。\n");
        var r = ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "erkou-noheading.txt");
        Assert.False(r.Sections.ContainsKey("problems"));
        Assert.Contains(r.Findings, f => f.Code == "NB-S-SECTION" && f.Location.Section == "problems");
    }
}

public class ReviewTableLayoutTests
{
    [Fact]
    public void A_review_table_printed_one_group_per_row_is_read_by_group()
    {
        var text = File.ReadAllText(Samples.SampleFiles.Path("linxia-city-2023.txt"))
            .Replace("1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
                     "行政复议 | 1 | 1 | 0 | 0 | 2 |\n未经复议直接起诉 | 1 | 0 | 0 | 0 | 1 |\n复议后起诉 | 0 | 0 | 0 | 0 | 0 |");
        var r = ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "linxia-grouped.txt");
        Samples.SampleParseTests.AssertTables(r, "linxia-city-2023");
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-P-T4-COUNT");
    }

    [Fact]
    public void Groups_of_the_wrong_width_stay_null_with_a_finding()
    {
        var text = File.ReadAllText(Samples.SampleFiles.Path("linxia-city-2023.txt"))
            .Replace("1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
                     "行政复议 | 1 | 1 | 0 | 2 |\n未经复议直接起诉 | 1 | 0 | 0 | 0 | 1 |\n复议后起诉 | 0 | 0 | 0 | 0 | 0 |");
        var r = ReportParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "linxia-grouped-bad.txt");
        Assert.Null(r.Value("review_litigation", "review", "total").Integer);
        Assert.Contains(r.Findings, f => f.Code == "NB-P-T4-COUNT");
    }
}
