using System.Text.Json;
using Nianbao.Model;

namespace Nianbao.Tests.RunTogether;

/// <summary>
/// A table 四 whose 15 cells are all blank leaves only its header in a crawler dump (docs/run-together.md §1): read as
/// three wholly blank rows with NB-P-ROW-EMPTY when section 四 holds nothing but the header words; any digit or other
/// word there and the table stays null with a finding, as before.
/// </summary>
public class BlankTableFourTests
{
    const string Sample = "erkou-township-2023";

    static string Dump(CrawlerDump.Style style) =>
        CrawlerDump.Of(Sample, style, (table, _, row) => table == "review_litigation"
            ? JsonDocument.Parse(JsonSerializer.Serialize(row.EnumerateObject().ToDictionary(c => c.Name, _ => (long?)null))).RootElement
            : row);

    [Theory]
    [InlineData(CrawlerDump.Style.Glued)]
    [InlineData(CrawlerDump.Style.OneLine)]
    public void A_header_alone_is_a_wholly_blank_table(CrawlerDump.Style style)
    {
        var r = SampleDumpTests.Parse(Dump(style), Sample);
        foreach (var row in r.Tables["review_litigation"].RowKeys)
            Assert.All(r.Tables["review_litigation"].Row(row), c => Assert.Equal(ValueState.Blank, c.Value.State));
        Assert.Equal(3, r.Findings.Count(f => f.Code == "NB-P-ROW-EMPTY" && f.Location.Table == "review_litigation"));
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-S-TABLE");
    }

    [Theory]
    [InlineData("本年度发生行政复议1件")]
    [InlineData("详见附件")]
    public void A_digit_or_another_word_in_the_section_is_never_read_as_blank(string extra)
    {
        var text = Dump(CrawlerDump.Style.Glued).Replace("复议后起诉\n", "复议后起诉\n" + extra + "\n", StringComparison.Ordinal);
        Assert.NotEqual(Dump(CrawlerDump.Style.Glued), text);
        var r = SampleDumpTests.Parse(text, Sample);
        // Not found (NB-S-TABLE) or a count that does not fit (NB-P-T4-COUNT): null with a finding, never blank.
        Assert.Contains(r.Findings, f => f.Code is "NB-S-TABLE" or "NB-P-T4-COUNT" && f.Location.Table == "review_litigation");
        foreach (var row in r.Tables["review_litigation"].RowKeys)
            Assert.All(r.Tables["review_litigation"].Row(row), c => Assert.True(c.Value.State is ValueState.Absent or ValueState.Unreadable, c.Value.State.ToString()));
        Assert.DoesNotContain(r.Findings, f => f.Code == "NB-P-ROW-EMPTY" && f.Location.Table == "review_litigation");
    }
}
