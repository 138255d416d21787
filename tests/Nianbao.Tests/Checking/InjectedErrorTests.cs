using Nianbao.Checking;
using Nianbao.Model;
using Xunit.Abstractions;

namespace Nianbao.Tests.Checking;

/// <summary>Each kind of error injected into an otherwise consistent report (linxia-city-2023 made consistent):
/// the finding, its location and the repair hint.</summary>
public class InjectedErrorTests(ITestOutputHelper output)
{
    IReadOnlyList<Finding> Check(string text)
    {
        var findings = CheckHelpers.Check(text);
        output.WriteLine(findings.Describe());
        return findings;
    }

    [Fact]
    public void The_consistent_base_has_no_errors() => Assert.Empty(Check(CheckHelpers.ConsistentLinxia()).Errors());

    [Fact]
    public void One_wrong_cell_is_named_with_the_value_that_makes_every_rule_hold()
    {
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("(一)予以公开 | 18 | 0 |", "(一)予以公开 | 17 | 0 |")).Errors();
        Assert.Equal(["NB-T3-HSUM granted", "NB-T3-VSUM natural_person"],
            errors.Select(e => $"{e.Code} {e.Location.Row ?? e.Location.Column}").Order(StringComparer.Ordinal));
        var hsum = errors.Single(e => e.Code == "NB-T3-HSUM");
        Assert.Equal((18L, 17L, 1L), ((long)hsum.Arg("left")!, (long)hsum.Arg("right")!, (long)hsum.Arg("difference")!));
        var cell = Assert.Single(hsum.Location.Cells!, c => c.Column == "natural_person");
        Assert.Equal((35, 22), (cell.Source!.Line!.Value, cell.Source.Column!.Value));
        foreach (var e in errors)
        {
            var s = e.Suggestion();
            Assert.Equal("cell", s.Kind);
            var change = Assert.Single(s.Changes);
            Assert.Equal(("granted", "natural_person", "（一）予以公开", "自然人", 17L, 18L),
                (change.Row, change.Column, change.RowLabel, change.ColumnLabel, change.Current, change.Proposed));
            Assert.Equal(35, change.Source?.Line);
        }
        Assert.Contains("from 17 to 18", errors[0].Message("en"));
    }

    [Fact]
    public void A_number_split_across_two_cells_is_explained_as_a_split()
    {
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("(一)予以公开 | 18 | 0 |", "(一)予以公开 | 1 | 80 |")).Errors();
        Assert.Equal(["NB-T3-HSUM granted", "NB-T3-VSUM commercial", "NB-T3-VSUM natural_person"],
            errors.Select(e => $"{e.Code} {e.Location.Row ?? e.Location.Column}").Order(StringComparer.Ordinal));
        foreach (var e in errors)
        {
            var s = e.Suggestion();
            Assert.Equal("split", s.Kind);
            Assert.Equal(["natural_person 1→18", "commercial 80→0"], s.Changes.Select(c => $"{c.Column} {c.Current}→{c.Proposed}"));
            Assert.Contains("1 | 80，疑为 18 | 0", e.Message("zh"));
        }
    }

    [Fact]
    public void Two_numbers_merged_into_one_cell_are_explained_as_a_merge()
    {
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("(一)予以公开 | 18 | 0 |", "(一)予以公开 | 180 |  |")).Errors();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            var s = e.Suggestion();
            Assert.Equal("merge", s.Kind);
            Assert.Equal(["natural_person 180→18", "commercial →0"], s.Changes.Select(c => $"{c.Column} {c.Current}→{c.Proposed}"));
        });
    }

    [Fact]
    public void A_blank_block_whose_sums_hold_is_a_warning_listing_the_blanks()
    {
        var text = CheckHelpers.ConsistentLinxia();
        foreach (var label in new[] { "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物" })
            text = text.Edit($"{label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", $"{label} | | | | | | | |");
        var findings = Check(text);
        Assert.Empty(findings.Errors());
        var blank = Assert.Single(findings, f => f.Code == "NB-BLANK-IMPLIED-ZERO");
        Assert.Equal(21, blank.Arg("count"));
        Assert.Equal(new[] { "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物" }, (string[])blank.Arg("rows")!);
        Assert.All(blank.Location.Cells!, c => Assert.NotNull(c.Source));
    }

    [Fact]
    public void A_blank_cell_that_breaks_a_sum_is_listed_in_the_error_and_the_hint_fills_it()
    {
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("2.其他法律行政法规禁止公开 | 2 | 0 |", "2.其他法律行政法规禁止公开 |  | 0 |")).Errors();
        var hsum = errors.Single(e => e.Code == "NB-T3-HSUM");
        Assert.Equal("withheld_law_prohibited", hsum.Location.Row);
        Assert.Equal(["2.其他法律行政法规禁止公开 › 自然人"], (string[])hsum.Arg("blanks")!);
        var change = Assert.Single(hsum.Suggestion().Changes);
        Assert.Equal((null, 2L), (change.Current, change.Proposed));
        Assert.Contains("由 空 改为 2", hsum.Message("zh"));
    }

    [Fact]
    public void A_lone_group_total_error_gets_a_hint_naming_the_rule_not_a_cell()
    {
        // A wrong group total in table 四 can be fixed by any of its five cells: no single answer.
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 |", "1 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 |")).Errors();
        var grp = Assert.Single(errors);
        Assert.Equal(("NB-T4-GRP", "review"), (grp.Code, grp.Location.Row));
        Assert.Equal(1L, grp.Arg("difference"));
        var s = grp.Suggestion();
        Assert.Equal("conflict", s.Kind);
        Assert.Equal(["NB-T4-GRP(review)"], s.Rules);
        Assert.Empty(s.Changes);
        Assert.Contains("any of its cells could be the wrong one", grp.Message("en"));
    }

    [Fact]
    public void Two_independent_errors_get_a_conflict_hint_listing_both_rules()
    {
        var errors = Check(CheckHelpers.ConsistentLinxia()
            .Edit("1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 |", "1 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 2 |")).Errors();
        Assert.Equal(["review", "litigation_direct"], errors.Select(e => e.Location.Row));
        var s = errors[0].Suggestion();
        Assert.Equal(("conflict", 2), (s.Kind, s.Rules.Count));
        Assert.Empty(s.SharedCells);
        Assert.Contains("they share no cell", errors[0].Message("en"));
    }

    [Fact]
    public void A_missing_section_is_an_error()
    {
        var findings = Check(CheckHelpers.ConsistentLinxia().Edit("六、其他需要报告的事项\n", ""));
        var missing = Assert.Single(findings.Errors());
        Assert.Equal("NB-S-SECTION", missing.Code);
        Assert.Equal("六", missing.Arg("ordinal"));
    }

    [Fact]
    public void A_title_year_before_the_2021_format_is_flagged()
    {
        var findings = Check(CheckHelpers.ConsistentLinxia().Edit("临夏市人民政府2023年政府信息公开工作年度报告", "临夏市人民政府2020年政府信息公开工作年度报告"));
        var version = findings.Where(f => f.Code == "NB-S-VERSION-YEAR").ToList();
        Assert.Equal(["active_disclosure", "applications"], version.Select(f => f.Location.Table).Order());
        Assert.All(version, f => Assert.Equal(2020, f.Arg("year")));
    }

    const string Table2Of2019 = """
        第二十条第(一)项 | |||
        信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
        规章 | 0 | 0 | 0 |
        规范性文件 | 3 | 3 | 13 |
        第二十条第(五)项 | |||
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        行政许可 | 120 | +3 | 36109 |
        其他对外管理服务事项 | 10 | 0 | 52 |
        第二十条第(六)项 | |||
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        行政处罚 | 300 | -2 | 212895 |
        行政强制 | 20 | 0 | 824 |
        第二十条第(八)项 | |||
        信息内容 | 上一年项目数量 | 本年增/减 |
        行政事业性收费 | 15 | 0 |
        第二十条第(九)项 | |||
        信息内容 | 采购项目数量 | 采购总金额 |
        政府集中采购 | 4 | 251000元 |

        """;

    [Fact]
    public void A_2019_table_two_in_a_2022_report_is_a_version_error()
    {
        var text = CheckHelpers.ConsistentLinxia().Edit("临夏市人民政府2023年", "临夏市人民政府2022年");
        var start = text.IndexOf("第二十条第(一)项", StringComparison.Ordinal);
        var end = text.IndexOf("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal);
        text = text[..start] + Table2Of2019 + text[end..];
        var findings = Check(text);
        var version = Assert.Single(findings.Errors());
        Assert.Equal(("NB-S-VERSION", "active_disclosure", 2022), (version.Code, version.Location.Table, version.Arg("year")));
        Assert.Contains(findings, f => f.Code == "NB-S-HYBRID");
    }

    internal static string Year2022(int carriedForward) => CheckHelpers.ConsistentLinxia()
        .Edit("临夏市人民政府2023年", "临夏市人民政府2022年")
        .Edit("一、本年新收政府信息公开申请数量 | 24 | 0 | 0 | 0 | 0 | 0 | 24 |", $"一、本年新收政府信息公开申请数量 | {24 + carriedForward} | 0 | 0 | 0 | 0 | 0 | {24 + carriedForward} |")
        .Edit("四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", $"四、结转下年度继续办理 | {carriedForward} | 0 | 0 | 0 | 0 | 0 | {carriedForward} |")
        .Edit("行政规范性文件 | 3 | 2 | 13 |", "行政规范性文件 | 3 | 2 | 12 |");

    [Fact]
    public void A_broken_carry_over_between_two_years_is_a_warning_per_column()
    {
        var y2023 = CheckHelpers.Parse(CheckHelpers.ConsistentLinxia(), "linxia-2023.txt");
        var y2022 = CheckHelpers.Parse(Year2022(carriedForward: 2), "linxia-2022.txt");
        Assert.Empty(ReportChecker.Check(y2022).Errors());
        var results = ReportChecker.CheckBatch([y2023, y2022]);
        output.WriteLine(results[0].Describe());
        var carry = results[0].Where(f => f.Code == "NB-XY-CARRY").ToList();
        Assert.Equal(["natural_person", "total"], carry.Select(f => f.Location.Column));
        Assert.All(carry, f =>
        {
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Equal(("carried_over", 2L, 0L, 2L), (f.Location.Row, (long)f.Arg("left")!, (long)f.Arg("right")!, (long)f.Arg("difference")!));
            Assert.Equal("linxia-2022.txt", f.Arg("previous_source"));
            Assert.Equal(34, Assert.Single(f.Location.Cells!).Source?.Line);
        });
        Assert.DoesNotContain(results[1], f => f.Code.StartsWith("NB-XY-", StringComparison.Ordinal));
        // The stock of documents in force follows (12 + 3 − 2 = 13) and the narrative is copied word for word.
        Assert.DoesNotContain(results[0], f => f.Code == "NB-XY-VALID");
        Assert.Equal(["overview", "problems", "other"], results[0].Where(f => f.Code == "NB-XY-TEXT").Select(f => f.Location.Section));
    }

    [Fact]
    public void A_matching_carry_over_and_a_broken_document_stock_between_two_years()
    {
        var y2023 = CheckHelpers.Parse(CheckHelpers.ConsistentLinxia()
            .Edit("一、本年新收政府信息公开申请数量 | 24 | 0 | 0 | 0 | 0 | 0 | 24 |", "一、本年新收政府信息公开申请数量 | 22 | 0 | 0 | 0 | 0 | 0 | 22 |")
            .Edit("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
            .Edit("行政规范性文件 | 3 | 2 | 13 |", "行政规范性文件 | 3 | 2 | 14 |"), "a.txt");
        var y2022 = CheckHelpers.Parse(Year2022(carriedForward: 2), "b.txt");
        var findings = ReportChecker.CheckBatch([y2023, y2022])[0];
        output.WriteLine(findings.Describe());
        Assert.Empty(findings.Errors());
        Assert.DoesNotContain(findings, f => f.Code == "NB-XY-CARRY");
        var valid = Assert.Single(findings, f => f.Code == "NB-XY-VALID");
        Assert.Equal(("normative_documents", 13L, 14L, -1L), (valid.Location.Row, (long)valid.Arg("left")!, (long)valid.Arg("right")!, (long)valid.Arg("difference")!));
    }
}
