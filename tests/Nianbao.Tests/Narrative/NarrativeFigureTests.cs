using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Narrative;

/// <summary>Figures read from the five samples (docs/format.md §5.5), each with a provenance that points at the number.</summary>
public class NarrativeFigureTests
{
    public static TheoryData<string, string, decimal, string> Stated => new()
    {
        { "linxia-city-2023", "applications_received", 24, "24件" },
        { "linxia-city-2023", "applications_answered", 21, "21件" },
        { "linxia-city-2023", "review_cases", 2, "2件" },
        { "linxia-city-2023", "litigation_cases", 1, "1件" },
        { "linxia-city-2023", "normative_documents_in_force", 13, "13件" },
        { "linxia-city-2023", "normative_documents_repealed", 2, "2件" },
        { "linxia-city-2023", "normative_documents_issued", 3, "3件" },
        { "linxia-city-2023", "proactive_items", 10311, "10311条" },
        { "linxia-city-2023", "policy_interpretations", 607, "607条" },
        { "linxia-city-2023", "new_media_accounts", 53, "53个" },
        { "linxia-city-2023", "info_fee_yuan", 0, "没有产生信息公开处理费" },
        { "linxia-city-2023", "statistics_period_year", 2023, "2023年1月1日到12月31日" },
        { "lhasa-city-2021", "applications_received", 72, "72件" },
        { "lhasa-city-2021", "review_cases", 0, "未發(fā)生復議" },
        { "lhasa-city-2021", "litigation_cases", 0, "未發(fā)生復議和訴訟" },
        { "lhasa-city-2021", "info_fee_yuan", 0, "無收取信息處理費" },
        { "erkou-township-2023", "applications_received", 0, "0件" },
        { "erkou-township-2023", "applications_answered", 0, "0件" },
        { "erkou-township-2023", "proactive_items", 103, "103条" },
        { "erkou-township-2023", "info_fee_yuan", 0, "信息处理费收费情况为零" },
        { "sifangtai-district-2023", "applications_received", 0, "未收到依申请" },
        { "sifangtai-district-2023", "policy_interpretations", 11, "11条" },
        { "sifangtai-district-2023", "new_media_accounts", 3, "3个" },
        { "maiji-service-bureau-2022", "body_year", 2022, "2022年" },
    };

    [Theory]
    [MemberData(nameof(Stated))]
    public void Sample_states_the_figure_and_its_provenance_points_at_it(string name, string key, decimal value, string printed)
    {
        var report = NarrativeTestKit.Parse(name);
        var figure = report.NarrativeFigures.FirstOrDefault(f => f.Key == key);
        Assert.True(figure is not null, $"{name}: no {key}; found {string.Join(", ", report.NarrativeFigures.Select(f => $"{f.Key}={f.Value}"))}");
        Assert.Equal(value, figure!.Value);
        var src = figure.Source!;
        var line = File.ReadAllLines(SampleFiles.Path(name + ".txt"))[src.Line!.Value - 1];
        Assert.Equal(printed, line.Substring(src.Column!.Value, src.Length!.Value));
        Assert.Contains(printed, figure.Text);
    }

    [Fact]
    public void Linxia_states_each_application_figure_once()
    {
        var figures = NarrativeTestKit.Parse("linxia-city-2023").NarrativeFigures;
        Assert.Single(figures, f => f.Key == "applications_received");
        Assert.Single(figures, f => f.Key == "applications_answered");
        Assert.Equal("overview", figures.First(f => f.Key == "applications_answered").Section);
        // 线下申请4件 / 在线申请20件 are parts of the 24, not receipts of their own; 公开答复28条 counts messages.
        Assert.DoesNotContain(figures, f => f.Key.StartsWith("applications_") && f.Value is 4 or 20 or 28 or 60);
    }

    [Fact]
    public void Maiji_states_no_application_review_or_fee_figure()
    {
        // 11571件 投诉件 and 1269项 are not applications; the report has no narrative application figures at all.
        var figures = NarrativeTestKit.Parse("maiji-service-bureau-2022").NarrativeFigures;
        Assert.DoesNotContain(figures, f => f.Key.StartsWith("applications_") || f.Key is "review_cases" or "litigation_cases" or "info_fee_yuan");
    }

    [Fact]
    public void Lhasa_answered_66_is_not_read_as_6()
    {
        // "其中66件…予以答复,6件由于提交的资料不全未予受理": the number after 答复 belongs to the next clause.
        var figures = NarrativeTestKit.Parse("lhasa-city-2021").NarrativeFigures;
        Assert.DoesNotContain(figures, f => f.Key == "applications_answered");
        Assert.DoesNotContain(figures, f => f.Key == "proactive_items"); // 15万余条次 is approximate: not a figure
    }
}
