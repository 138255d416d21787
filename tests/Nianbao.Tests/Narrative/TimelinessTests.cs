using Nianbao.Checking.Rules;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Tests.Narrative;

/// <summary>Statutory deadlines (docs/format.md §5.7) from the issuer profile and the 发布日期 / 成文日期.</summary>
public class TimelinessTests
{
    static IEnumerable<Finding> Late(Report r) => NarrativeTestKit.Check(r).Where(f => f.Code.StartsWith("NB-TIME-"));

    [Fact]
    public void Lhasa_published_2022_03_10_is_on_time()
    {
        var report = NarrativeTestKit.Parse("lhasa-city-2021");
        Assert.Equal("2022-03-10", report.Metadata["published"].Value);
        Assert.Equal(new DateOnly(2022, 3, 31), TimelinessDeadline.For(report, ReportTemplate.Embedded.Naming)!.Date);
        Assert.Empty(Late(report));
    }

    [Theory]
    [InlineData("2022-04-10", "NB-TIME-LATE", Severity.Error, 10)]
    [InlineData("2022-04-02", "NB-TIME-LATE-GRACE", Severity.Warning, 2)]
    public void Lhasa_published_late(string date, string code, Severity severity, int days)
    {
        var report = NarrativeTestKit.ParseEdited("lhasa-city-2021", "2022-03-10", date);
        var f = Assert.Single(Late(report));
        Assert.Equal((code, severity, days), (f.Code, f.Severity, (int)f.Arg("days")!));
        Assert.Equal("2022-03-31", f.Arg("deadline"));
        Assert.NotNull(f.Location.Source);
    }

    [Fact]
    public void Department_deadline_is_january_31()
    {
        var report = NarrativeTestKit.Parse("maiji-service-bureau-2022");
        Assert.Equal(new DateOnly(2023, 1, 31), TimelinessDeadline.For(report, ReportTemplate.Embedded.Naming)!.Date);
        report.Metadata["published"] = new MetaField("published", "2023-02-20", null);
        Assert.Equal("NB-TIME-LATE", Assert.Single(Late(report)).Code);
    }

    [Fact]
    public void Township_has_no_statutory_deadline()
    {
        var report = NarrativeTestKit.Parse("erkou-township-2023");
        Assert.Null(TimelinessDeadline.For(report, ReportTemplate.Embedded.Naming));
        report.Metadata["published"] = new MetaField("published", "2024-06-30", null);
        Assert.Empty(Late(report));
    }

    [Fact]
    public void Written_date_proves_lateness_only()
    {
        var report = NarrativeTestKit.Parse("linxia-city-2023");
        report.Metadata["written"] = new MetaField("written", "2024-05-06", null);
        var f = Assert.Single(Late(report));
        Assert.Equal("written", f.Arg("date_kind"));
        report.Metadata["written"] = new MetaField("written", "2024-01-06", null);
        Assert.Empty(Late(report));
    }
}
