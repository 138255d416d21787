using Nianbao.Model;

namespace Nianbao.Tests.Formats;

/// <summary>Format versions (docs/format.md §3–§4): the 2019 trial format, hybrids, and free-form pre-2019 reports.</summary>
public class FormatVersionTests
{
    static Report Parse(string name) =>
        ReportParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Data", "formats", name));

    [Fact]
    public void A_2019_format_report_is_read_with_the_2019_layout()
    {
        var r = Parse("format2019-county.txt");
        Assert.Equal("2019", r.Format?.Value);
        Assert.Equal(2019, r.Year);
        Assert.Equal("2019", r.Tables["active_disclosure"].Layout.Value);
        Assert.Equal(5, r.Value("active_disclosure", "licensing", "items_change").Integer);
        Assert.Equal(-2, r.Value("active_disclosure", "other_services", "items_change").Integer);
        Assert.Equal(130, r.Value("active_disclosure", "normative_documents", "total_published").Integer);
        Assert.Equal("251000元", r.Value("active_disclosure", "procurement", "amount").Text);
        Assert.Equal(-1, r.Value("active_disclosure", "fees", "items_change").Integer);
        // Table 三 (2019): one （六）其他处理 row, no other_* rows.
        Assert.Equal(1, r.Value("applications", "other", "total").Integer);
        Assert.DoesNotContain("other_no_correction", r.Tables["applications"].RowKeys);
        Assert.Equal(23, r.Tables["applications"].RowKeys.Count());
        Assert.Equal(36, r.Value("applications", "total_processed", "total").Integer);
        Assert.Equal(3, r.Value("review_litigation", "review", "total").Integer);
        Assert.DoesNotContain(r.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-S-HYBRID");
    }

    [Fact]
    public void The_same_report_in_the_2021_layout_is_2021()
    {
        var r = Parse("format2021-county-2022.txt");
        Assert.Equal("2021", r.Format?.Value);
        Assert.Equal("12.5", r.Value("active_disclosure", "fees", "amount_wan_yuan").Text);
        Assert.Equal(25, r.Tables["applications"].RowKeys.Count());
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-S-HYBRID");
    }

    [Fact]
    public void A_hybrid_is_detected_and_reported()
    {
        var r = Parse("hybrid-township-2022.txt");
        Assert.Equal("2019", r.Tables["active_disclosure"].Layout.Value);
        Assert.Equal("2021", r.Tables["applications"].Layout.Value);
        var hybrid = Assert.Single(r.Findings, f => f.Code == "NB-S-HYBRID");
        Assert.Contains("2019", hybrid.Message("en"));
        Assert.Contains("2021", hybrid.Message("en"));
        // Both tables are still read in full with their own layout.
        Assert.Equal("251000元", r.Value("active_disclosure", "procurement", "amount").Text);
        Assert.Equal(1, r.Value("applications", "other_no_correction", "total").Integer);
    }

    [Fact]
    public void A_pre_2019_report_is_legacy_with_metadata_and_no_tables()
    {
        var r = Parse("legacy-city-2015.txt");
        Assert.Equal("legacy", r.Format?.Value);
        Assert.Equal(2015, r.Year);
        Assert.Equal("某某市人民政府", r.Agency);
        Assert.Empty(r.Tables);
        Assert.DoesNotContain(r.Findings, f => f.Code is "NB-S-TABLE" or "NB-S-SECTION");
    }
}
